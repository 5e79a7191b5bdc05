// Generated from catalogs/nb.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Norwegian Bokmål for the friend offer.
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `Lukk

















Ferdig




{value} rabatt

Kopier
Kopiert

Lenken er markert: kopier den med tastaturet eller menyen.





Vilkår gjelder





{name} har gitt deg {friend}
En venn har gitt deg {friend}
Den gjelder din første bestilling hos {brand}. Skriv inn e-postadressen din for å få koden.
Den gjelder din første bestilling. Skriv inn e-postadressen din for å få koden.
Gjelder til og med {date}.
E-postadressen din
Få koden min
Henter koden din …
Prøv igjen
Skriv inn en e-postadresse som navn@eksempel.no.
Vi fikk ikke kontakt med butikken akkurat nå. E-postadressen din står her fortsatt – prøv igjen.
Her er koden din
Bruk den i kassen, og få {friend}.
Koden din
Handle med koden min
Koden din {code} er klar.
Koden er kopiert.
Velkommen til {brand}!
Velkommen!
Denne vervelenken er ikke gyldig, men du er hjertelig velkommen til å se deg om.
Dette er din egen vervelenke: del den med venner, så får du belønningen din når de handler.
Tilbudet har gått ut, men du er hjertelig velkommen til å se deg om.
Tilbudet er allerede brukt opp.
Henter tilbudet ditt …
Vi fikk ikke hentet tilbudet akkurat nå. Prøv igjen senere.`;
