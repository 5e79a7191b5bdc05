// Generated from catalogs/da.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Danish for the post-purchase prompts (NPS and referral).
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `Luk
Hvor sandsynligt er det, at du vil anbefale {brand} til en ven eller kollega?
Hvor sandsynligt er det, at du vil anbefale os til en ven eller kollega?
Slet ikke sandsynligt
Meget sandsynligt
Næste
Hvad er du gladest for?
Hvad skal der til, før du giver os 10?
Hvad gik galt?
Valgfrit – men bare en sætning eller to hjælper os meget.
Send
Spring over
Tak!
Din feedback hjælper {brand} med at blive bedre.
Din feedback hjælper os med at blive bedre.
Hvor dejligt, at du er glad for {brand}!
Hvor dejligt, at du er glad for os!
Skriv en anmeldelse
Færdig
Giv {friend}, få {advocate}
Dine venner får {friend} på deres første ordre. Du får {advocate} på din næste ordre, når de handler.
Fortæl dine venner om os
Del dit personlige link med venner, som også vil kunne lide det.
{value} rabat
Dit personlige link
Kopiér
Kopieret
Linket er kopieret.
Linket er markeret: kopiér det med tastaturet eller menuen.
Del via
Henter dit link …
Vi kunne ikke hente dit link lige nu. Prøv igen senere.
Ikke nu
Spørg ikke igen
Vilkår gælder
Jeg er glad for {brand}, og det tror jeg også, du bliver. Her er {friend} på din første ordre: {url}
Her er {friend} på din første ordre: {url}
Tag et kig på det her: {url}
{friend} til dig
Tag et kig på det her







































Mere …
E-mail
SMS`;
