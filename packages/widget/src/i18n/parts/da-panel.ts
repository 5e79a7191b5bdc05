// Generated from catalogs/da.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Danish for the programme panel.
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `


















Giv {friend}, få {advocate}



{value} rabat
Dit personlige link
Kopiér
Kopieret
Linket er kopieret.
Linket er markeret: kopiér det med tastaturet eller menuen.
Del via
Henter dit link …




Jeg er glad for {brand}, og det tror jeg også, du bliver. Her er {friend} på din første ordre: {url}
Her er {friend} på din første ordre: {url}
Tag et kig på det her: {url}
{friend} til dig
Tag et kig på det her

























Anbefal en ven
Sådan virker det
Del dit personlige link med dine venner.
De får {friend} på deres første ordre.
Du får {advocate}, når de handler.
Log ind for at få dit personlige link og se dine belønninger.
Log ind
Vi kunne ikke hente dine henvisninger lige nu. Prøv igen senere.
Dine henvisninger
Klik på linket
Venner, der er med
Venner, der har handlet
Optjente belønninger
Afventende belønninger
Mere …
E-mail
SMS`;
