// Generated from catalogs/da.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Danish for the programme panel.
// One `key=text` message a line.
export const messages = `referralTitle=Giv {friend}, få {advocate}
off={value} rabat
linkLabel=Dit personlige link
copy=Kopiér
copied=Kopieret
copiedStatus=Linket er kopieret.
copyManual=Linket er markeret: kopiér det med tastaturet eller menuen.
shareVia=Del via
linkLoading=Henter dit link …
shareText=Jeg er glad for {brand}, og det tror jeg også, du bliver. Her er {friend} på din første ordre: {url}
shareTextNoBrand=Her er {friend} på din første ordre: {url}
shareTextNoOffer=Tag et kig på det her: {url}
shareSubject={friend} til dig
shareSubjectNoOffer=Tag et kig på det her
panelTitle=Anbefal en ven
panelSteps=Sådan virker det
panelStep1=Del dit personlige link med dine venner.
panelStep2=De får {friend} på deres første ordre.
panelStep3=Du får {advocate}, når de handler.
panelSignIn=Log ind for at få dit personlige link og se dine belønninger.
signIn=Log ind
panelLoadFailed=Vi kunne ikke hente dine henvisninger lige nu. Prøv igen senere.
statsTitle=Dine henvisninger
statClicks=Klik på linket
statJoined=Venner, der er med
statPurchases=Venner, der har handlet
statEarned=Optjente belønninger
statPending=Afventende belønninger
native=Mere …
email=E-mail
sms=SMS`;
