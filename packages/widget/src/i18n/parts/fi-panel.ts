// Generated from catalogs/fi.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Finnish for the programme panel.
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `


















Anna ystävillesi {friend}, saat itse {advocate}



{value} alennusta
Oma linkkisi
Kopioi
Kopioitu
Linkki on kopioitu leikepöydälle.
Linkki on valittu: kopioi se näppäimistöllä tai valikosta.
Jaa
Haetaan linkkiäsi…




Pidän {brand} -kaupasta, ja uskon, että sinäkin pidät. Tässä {friend} ensimmäisestä tilauksestasi: {url}
Tässä {friend} ensimmäisestä tilauksestasi: {url}
Katso tämä: {url}
{friend} sinulle
Katso tämä

























Suosittele ystävälle
Näin se toimii
Jaa oma linkkisi ystävillesi.
He saavat {friend} ensimmäisestä tilauksestaan.
Sinä saat {advocate}, kun he ostavat.
Kirjaudu sisään, niin saat oman linkkisi ja näet palkkiosi.
Kirjaudu sisään
Emme saaneet suosituksiasi haettua juuri nyt. Yritä myöhemmin uudelleen.
Suosituksesi
Linkin avaukset
Mukaan tulleet ystävät
Ostaneet ystävät
Ansaitut palkkiot
Odottavat palkkiot
Lisää…
Sähköposti
Tekstiviesti`;
