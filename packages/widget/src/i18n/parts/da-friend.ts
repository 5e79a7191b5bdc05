// Generated from catalogs/da.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Danish for the friend offer.
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `Luk

















Færdig




{value} rabat

Kopiér
Kopieret

Linket er markeret: kopiér det med tastaturet eller menuen.





Vilkår gælder





{name} har givet dig {friend}
En ven har givet dig {friend}
Den gælder din første ordre hos {brand}. Skriv din e-mail for at få din kode.
Den gælder din første ordre. Skriv din e-mail for at få din kode.
Gælder til og med {date}.
Din e-mail
Få min kode
Henter din kode …
Prøv igen
Skriv en e-mailadresse som navn@eksempel.dk.
Vi kunne ikke få forbindelse til butikken lige nu. Din e-mail står her stadig – prøv igen.
Her er din kode
Brug den ved betalingen, og få {friend}.
Din kode
Handl med min kode
Din kode {code} er klar.
Koden er kopieret.
Velkommen til {brand}!
Velkommen!
Dette henvisningslink er ikke gyldigt, men du er meget velkommen til at kigge dig omkring.
Det her er dit eget henvisningslink: del det med dine venner, så får du din belønning, når de handler.
Tilbuddet er udløbet, men du er meget velkommen til at kigge dig omkring.
Tilbuddet er allerede brugt.
Henter dit tilbud …
Vi kunne ikke hente tilbuddet lige nu. Prøv igen senere.`;
