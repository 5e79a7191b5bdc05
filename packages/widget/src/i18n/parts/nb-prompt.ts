// Generated from catalogs/nb.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Norwegian Bokmål for the post-purchase prompts (NPS and referral).
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `Lukk
Hvor sannsynlig er det at du vil anbefale {brand} til en venn eller kollega?
Hvor sannsynlig er det at du vil anbefale oss til en venn eller kollega?
Lite sannsynlig
Svært sannsynlig
Neste
Hva liker du aller best?
Hva skal til for at du gir oss 10?
Hva gikk galt?
Valgfritt – men bare en setning eller to hjelper oss mye.
Send
Hopp over
Tusen takk!
Tilbakemeldingen din hjelper {brand} å bli bedre.
Tilbakemeldingen din hjelper oss å bli bedre.
Så hyggelig at du liker {brand}!
Så hyggelig at du liker oss!
Skriv en anmeldelse
Ferdig
Gi {friend}, få {advocate}
Vennene dine får {friend} på første bestilling. Du får {advocate} på neste bestilling når de handler.
Fortell vennene dine om oss
Del den personlige lenken din med venner som også vil like det.
{value} rabatt
Din personlige lenke
Kopier
Kopiert
Lenken er kopiert.
Lenken er markert: kopier den med tastaturet eller menyen.
Del via
Henter lenken din …
Vi fikk ikke hentet lenken din akkurat nå. Prøv igjen senere.
Ikke nå
Ikke spør igjen
Vilkår gjelder
Jeg liker {brand} og tror du kommer til å like det også. Her er {friend} på din første bestilling: {url}
Her er {friend} på din første bestilling: {url}
Ta en titt på dette: {url}
{friend} til deg
Ta en titt på dette







































Mer …
E-post
SMS`;
