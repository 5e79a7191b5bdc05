// Generated from catalogs/da.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Danish for the friend offer.
// One `key=text` message a line.
export const messages = `close=Luk
done=Færdig
off={value} rabat
copy=Kopiér
copied=Kopieret
copyManual=Linket er markeret: kopiér det med tastaturet eller menuen.
terms=Vilkår gælder
friendTitle={name} har givet dig {friend}
friendTitleNoName=En ven har givet dig {friend}
friendBody=Den gælder din første ordre hos {brand}. Skriv din e-mail for at få din kode.
friendBodyNoBrand=Den gælder din første ordre. Skriv din e-mail for at få din kode.
friendValidUntil=Gælder til og med {date}.
emailLabel=Din e-mail
claim=Få min kode
claiming=Henter din kode …
retry=Prøv igen
emailInvalid=Skriv en e-mailadresse som navn@eksempel.dk.
claimFailed=Vi kunne ikke få forbindelse til butikken lige nu. Din e-mail står her stadig – prøv igen.
couponTitle=Her er din kode
couponBody=Brug den ved betalingen, og få {friend}.
couponLabel=Din kode
applyCode=Handl med min kode
couponReady=Din kode {code} er klar.
codeCopied=Koden er kopieret.
welcomeTitle=Velkommen til {brand}!
welcomeTitleNoBrand=Velkommen!
offerInvalid=Dette henvisningslink er ikke gyldigt, men du er meget velkommen til at kigge dig omkring.
offerSelf=Det her er dit eget henvisningslink: del det med dine venner, så får du din belønning, når de handler.
offerExpired=Tilbuddet er udløbet, men du er meget velkommen til at kigge dig omkring.
offerUsed=Tilbuddet er allerede brugt.
offerLoading=Henter dit tilbud …
offerFailed=Vi kunne ikke hente tilbuddet lige nu. Prøv igen senere.`;
