// Generated from catalogs/fi.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Finnish for the friend offer.
// One `key=text` message a line.
export const messages = `close=Sulje
done=Valmis
off={value} alennusta
copy=Kopioi
copied=Kopioitu
copyManual=Linkki on valittu: kopioi se näppäimistöllä tai valikosta.
terms=Ehdot
friendTitle={name} antoi sinulle {friend}
friendTitleNoName=Ystäväsi antoi sinulle {friend}
friendBody=Etu koskee ensimmäistä tilaustasi {brand} -kaupassa. Anna sähköpostiosoitteesi, niin saat koodin.
friendBodyNoBrand=Etu koskee ensimmäistä tilaustasi. Anna sähköpostiosoitteesi, niin saat koodin.
friendValidUntil=Voimassa {date} asti.
emailLabel=Sähköpostiosoitteesi
claim=Hae koodi
claiming=Haetaan koodia…
retry=Yritä uudelleen
emailInvalid=Anna sähköpostiosoite muodossa nimi@esimerkki.fi.
claimFailed=Emme saaneet juuri nyt yhteyttä kauppaan. Sähköpostiosoitteesi on tallessa – yritä uudelleen.
couponTitle=Tässä koodisi
couponBody=Käytä sitä kassalla, niin saat {friend}.
couponLabel=Koodisi
applyCode=Ostoksille koodillani
couponReady=Koodisi {code} on valmis.
codeCopied=Koodi on kopioitu leikepöydälle.
welcomeTitle=Tervetuloa {brand} -kauppaan!
welcomeTitleNoBrand=Tervetuloa!
offerInvalid=Tämä suosituslinkki ei ole voimassa, mutta olet lämpimästi tervetullut tutustumaan.
offerSelf=Tämä on oma suosituslinkkisi: jaa se ystävillesi, niin saat palkkiosi, kun he tilaavat.
offerExpired=Tämä etu on vanhentunut, mutta olet lämpimästi tervetullut tutustumaan.
offerUsed=Tämä etu on jo käytetty.
offerLoading=Haetaan etuasi…
offerFailed=Emme saaneet etua haettua juuri nyt. Yritä myöhemmin uudelleen.`;
