// Generated from catalogs/fi.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Finnish for the friend offer.
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `Sulje

















Valmis




{value} alennusta

Kopioi
Kopioitu

Linkki on valittu: kopioi se näppäimistöllä tai valikosta.





Ehdot





{name} antoi sinulle {friend}
Ystäväsi antoi sinulle {friend}
Etu koskee ensimmäistä tilaustasi {brand} -kaupassa. Anna sähköpostiosoitteesi, niin saat koodin.
Etu koskee ensimmäistä tilaustasi. Anna sähköpostiosoitteesi, niin saat koodin.
Voimassa {date} asti.
Sähköpostiosoitteesi
Hae koodi
Haetaan koodia…
Yritä uudelleen
Anna sähköpostiosoite muodossa nimi@esimerkki.fi.
Emme saaneet juuri nyt yhteyttä kauppaan. Sähköpostiosoitteesi on tallessa – yritä uudelleen.
Tässä koodisi
Käytä sitä kassalla, niin saat {friend}.
Koodisi
Ostoksille koodillani
Koodisi {code} on valmis.
Koodi on kopioitu leikepöydälle.
Tervetuloa {brand} -kauppaan!
Tervetuloa!
Tämä suosituslinkki ei ole voimassa, mutta olet lämpimästi tervetullut tutustumaan.
Tämä on oma suosituslinkkisi: jaa se ystävillesi, niin saat palkkiosi, kun he tilaavat.
Tämä etu on vanhentunut, mutta olet lämpimästi tervetullut tutustumaan.
Tämä etu on jo käytetty.
Haetaan etuasi…
Emme saaneet etua haettua juuri nyt. Yritä myöhemmin uudelleen.`;
