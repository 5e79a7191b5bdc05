// Generated from catalogs/nb.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Norwegian Bokmål for the friend offer.
// One `key=text` message a line.
export const messages = `close=Lukk
done=Ferdig
off={value} rabatt
copy=Kopier
copied=Kopiert
copyManual=Lenken er markert: kopier den med tastaturet eller menyen.
terms=Vilkår gjelder
friendTitle={name} har gitt deg {friend}
friendTitleNoName=En venn har gitt deg {friend}
friendBody=Den gjelder din første bestilling hos {brand}. Skriv inn e-postadressen din for å få koden.
friendBodyNoBrand=Den gjelder din første bestilling. Skriv inn e-postadressen din for å få koden.
friendValidUntil=Gjelder til og med {date}.
emailLabel=E-postadressen din
claim=Få koden min
claiming=Henter koden din …
retry=Prøv igjen
emailInvalid=Skriv inn en e-postadresse som navn@eksempel.no.
claimFailed=Vi fikk ikke kontakt med butikken akkurat nå. E-postadressen din står her fortsatt – prøv igjen.
couponTitle=Her er koden din
couponBody=Bruk den i kassen, og få {friend}.
couponLabel=Koden din
applyCode=Handle med koden min
couponReady=Koden din {code} er klar.
codeCopied=Koden er kopiert.
welcomeTitle=Velkommen til {brand}!
welcomeTitleNoBrand=Velkommen!
offerInvalid=Denne vervelenken er ikke gyldig, men du er hjertelig velkommen til å se deg om.
offerSelf=Dette er din egen vervelenke: del den med venner, så får du belønningen din når de handler.
offerExpired=Tilbudet har gått ut, men du er hjertelig velkommen til å se deg om.
offerUsed=Tilbudet er allerede brukt opp.
offerLoading=Henter tilbudet ditt …
offerFailed=Vi fikk ikke hentet tilbudet akkurat nå. Prøv igjen senere.`;
