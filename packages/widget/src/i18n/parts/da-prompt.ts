// Generated from catalogs/da.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Danish for the post-purchase prompts (NPS and referral).
// One `key=text` message a line.
export const messages = `close=Luk
npsQuestion=Hvor sandsynligt er det, at du vil anbefale {brand} til en ven eller kollega?
npsQuestionNoBrand=Hvor sandsynligt er det, at du vil anbefale os til en ven eller kollega?
npsLow=Slet ikke sandsynligt
npsHigh=Meget sandsynligt
npsNext=Næste
followPromoter=Hvad er du gladest for?
followPassive=Hvad skal der til, før du giver os 10?
followDetractor=Hvad gik galt?
followHint=Valgfrit – men bare en sætning eller to hjælper os meget.
send=Send
skip=Spring over
thanksTitle=Tak!
thanksBody=Din feedback hjælper {brand} med at blive bedre.
thanksBodyNoBrand=Din feedback hjælper os med at blive bedre.
promoterTitle=Hvor dejligt, at du er glad for {brand}!
promoterTitleNoBrand=Hvor dejligt, at du er glad for os!
review=Skriv en anmeldelse
done=Færdig
referralTitle=Giv {friend}, få {advocate}
referralBody=Dine venner får {friend} på deres første ordre. Du får {advocate} på din næste ordre, når de handler.
referralTitleNoOffer=Fortæl dine venner om os
referralBodyNoOffer=Del dit personlige link med venner, som også vil kunne lide det.
off={value} rabat
linkLabel=Dit personlige link
copy=Kopiér
copied=Kopieret
copiedStatus=Linket er kopieret.
copyManual=Linket er markeret: kopiér det med tastaturet eller menuen.
shareVia=Del via
linkLoading=Henter dit link …
linkFailed=Vi kunne ikke hente dit link lige nu. Prøv igen senere.
notNow=Ikke nu
optOut=Spørg ikke igen
terms=Vilkår gælder
shareText=Jeg er glad for {brand}, og det tror jeg også, du bliver. Her er {friend} på din første ordre: {url}
shareTextNoBrand=Her er {friend} på din første ordre: {url}
shareTextNoOffer=Tag et kig på det her: {url}
shareSubject={friend} til dig
shareSubjectNoOffer=Tag et kig på det her
native=Mere …
email=E-mail
sms=SMS`;
