// Generated from catalogs/fi.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Finnish for the post-purchase prompts (NPS and referral).
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `Sulje
Kuinka todennäköisesti suosittelisit {brand} -kauppaa ystävälle tai kollegalle?
Kuinka todennäköisesti suosittelisit meitä ystävälle tai kollegalle?
En lainkaan todennäköisesti
Erittäin todennäköisesti
Seuraava
Mistä pidät eniten?
Mitä meidän pitäisi tehdä, jotta antaisit 10?
Mikä meni pieleen?
Vapaaehtoinen – jo lause tai kaksi auttaa meitä paljon.
Lähetä
Ohita
Kiitos!
Palautteesi auttaa meitä kehittämään {brand} -kauppaa.
Palautteesi auttaa meitä kehittymään.
Ihanaa, että pidät {brand} -kaupasta!
Ihanaa, että pidät meistä!
Kirjoita arvio
Valmis
Anna ystävillesi {friend}, saat itse {advocate}
Ystäväsi saavat {friend} ensimmäisestä tilauksestaan. Sinä saat {advocate} seuraavasta tilauksestasi, kun he ostavat.
Kerro ystävillesi
Jaa oma linkkisi ystäville, jotka voisivat pitää tästä.
{value} alennusta
Oma linkkisi
Kopioi
Kopioitu
Linkki on kopioitu leikepöydälle.
Linkki on valittu: kopioi se näppäimistöllä tai valikosta.
Jaa
Haetaan linkkiäsi…
Emme saaneet linkkiäsi haettua juuri nyt. Yritä myöhemmin uudelleen.
Ei nyt
Älä kysy uudelleen
Ehdot
Pidän {brand} -kaupasta, ja uskon, että sinäkin pidät. Tässä {friend} ensimmäisestä tilauksestasi: {url}
Tässä {friend} ensimmäisestä tilauksestasi: {url}
Katso tämä: {url}
{friend} sinulle
Katso tämä







































Lisää…
Sähköposti
Tekstiviesti`;
