// Generated from catalogs/nb.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Norwegian Bokmål for the post-purchase prompts (NPS and referral).
// One `key=text` message a line.
export const messages = `close=Lukk
npsQuestion=Hvor sannsynlig er det at du vil anbefale {brand} til en venn eller kollega?
npsQuestionNoBrand=Hvor sannsynlig er det at du vil anbefale oss til en venn eller kollega?
npsLow=Lite sannsynlig
npsHigh=Svært sannsynlig
npsNext=Neste
followPromoter=Hva liker du aller best?
followPassive=Hva skal til for at du gir oss 10?
followDetractor=Hva gikk galt?
followHint=Valgfritt – men bare en setning eller to hjelper oss mye.
send=Send
skip=Hopp over
thanksTitle=Tusen takk!
thanksBody=Tilbakemeldingen din hjelper {brand} å bli bedre.
thanksBodyNoBrand=Tilbakemeldingen din hjelper oss å bli bedre.
promoterTitle=Så hyggelig at du liker {brand}!
promoterTitleNoBrand=Så hyggelig at du liker oss!
review=Skriv en anmeldelse
done=Ferdig
referralTitle=Gi {friend}, få {advocate}
referralBody=Vennene dine får {friend} på første bestilling. Du får {advocate} på neste bestilling når de handler.
referralTitleNoOffer=Fortell vennene dine om oss
referralBodyNoOffer=Del den personlige lenken din med venner som også vil like det.
off={value} rabatt
linkLabel=Din personlige lenke
copy=Kopier
copied=Kopiert
copiedStatus=Lenken er kopiert.
copyManual=Lenken er markert: kopier den med tastaturet eller menyen.
shareVia=Del via
linkLoading=Henter lenken din …
linkFailed=Vi fikk ikke hentet lenken din akkurat nå. Prøv igjen senere.
notNow=Ikke nå
optOut=Ikke spør igjen
terms=Vilkår gjelder
shareText=Jeg liker {brand} og tror du kommer til å like det også. Her er {friend} på din første bestilling: {url}
shareTextNoBrand=Her er {friend} på din første bestilling: {url}
shareTextNoOffer=Ta en titt på dette: {url}
shareSubject={friend} til deg
shareSubjectNoOffer=Ta en titt på dette
native=Mer …
email=E-post
sms=SMS`;
