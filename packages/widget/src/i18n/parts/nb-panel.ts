// Generated from catalogs/nb.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Norwegian Bokmål for the programme panel.
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `


















Gi {friend}, få {advocate}



{value} rabatt
Din personlige lenke
Kopier
Kopiert
Lenken er kopiert.
Lenken er markert: kopier den med tastaturet eller menyen.
Del via
Henter lenken din …




Jeg liker {brand} og tror du kommer til å like det også. Her er {friend} på din første bestilling: {url}
Her er {friend} på din første bestilling: {url}
Ta en titt på dette: {url}
{friend} til deg
Ta en titt på dette

























Verv en venn
Slik fungerer det
Del den personlige lenken din med venner.
De får {friend} på første bestilling.
Du får {advocate} når de handler.
Logg inn for å få den personlige lenken din og se belønningene dine.
Logg inn
Vi fikk ikke hentet vervingene dine akkurat nå. Prøv igjen senere.
Vervingene dine
Klikk på lenken
Venner som har blitt med
Venner som har handlet
Opptjente belønninger
Ventende belønninger
Mer …
E-post
SMS`;
