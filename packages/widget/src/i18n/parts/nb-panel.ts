// Generated from catalogs/nb.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Norwegian Bokmål for the programme panel.
// One `key=text` message a line.
export const messages = `referralTitle=Gi {friend}, få {advocate}
off={value} rabatt
linkLabel=Din personlige lenke
copy=Kopier
copied=Kopiert
copiedStatus=Lenken er kopiert.
copyManual=Lenken er markert: kopier den med tastaturet eller menyen.
shareVia=Del via
linkLoading=Henter lenken din …
shareText=Jeg liker {brand} og tror du kommer til å like det også. Her er {friend} på din første bestilling: {url}
shareTextNoBrand=Her er {friend} på din første bestilling: {url}
shareTextNoOffer=Ta en titt på dette: {url}
shareSubject={friend} til deg
shareSubjectNoOffer=Ta en titt på dette
panelTitle=Verv en venn
panelSteps=Slik fungerer det
panelStep1=Del den personlige lenken din med venner.
panelStep2=De får {friend} på første bestilling.
panelStep3=Du får {advocate} når de handler.
panelSignIn=Logg inn for å få den personlige lenken din og se belønningene dine.
signIn=Logg inn
panelLoadFailed=Vi fikk ikke hentet vervingene dine akkurat nå. Prøv igjen senere.
statsTitle=Vervingene dine
statClicks=Klikk på lenken
statJoined=Venner som har blitt med
statPurchases=Venner som har handlet
statEarned=Opptjente belønninger
statPending=Ventende belønninger
native=Mer …
email=E-post
sms=SMS`;
