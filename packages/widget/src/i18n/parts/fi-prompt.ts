// Generated from catalogs/fi.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Finnish for the post-purchase prompts (NPS and referral).
// One `key=text` message a line.
export const messages = `close=Sulje
npsQuestion=Kuinka todennäköisesti suosittelisit {brand} -kauppaa ystävälle tai kollegalle?
npsQuestionNoBrand=Kuinka todennäköisesti suosittelisit meitä ystävälle tai kollegalle?
npsLow=En lainkaan todennäköisesti
npsHigh=Erittäin todennäköisesti
npsNext=Seuraava
followPromoter=Mistä pidät eniten?
followPassive=Mitä meidän pitäisi tehdä, jotta antaisit 10?
followDetractor=Mikä meni pieleen?
followHint=Vapaaehtoinen – jo lause tai kaksi auttaa meitä paljon.
send=Lähetä
skip=Ohita
thanksTitle=Kiitos!
thanksBody=Palautteesi auttaa meitä kehittämään {brand} -kauppaa.
thanksBodyNoBrand=Palautteesi auttaa meitä kehittymään.
promoterTitle=Ihanaa, että pidät {brand} -kaupasta!
promoterTitleNoBrand=Ihanaa, että pidät meistä!
review=Kirjoita arvio
done=Valmis
referralTitle=Anna ystävillesi {friend}, saat itse {advocate}
referralBody=Ystäväsi saavat {friend} ensimmäisestä tilauksestaan. Sinä saat {advocate} seuraavasta tilauksestasi, kun he ostavat.
referralTitleNoOffer=Kerro ystävillesi
referralBodyNoOffer=Jaa oma linkkisi ystäville, jotka voisivat pitää tästä.
off={value} alennusta
linkLabel=Oma linkkisi
copy=Kopioi
copied=Kopioitu
copiedStatus=Linkki on kopioitu leikepöydälle.
copyManual=Linkki on valittu: kopioi se näppäimistöllä tai valikosta.
shareVia=Jaa
linkLoading=Haetaan linkkiäsi…
linkFailed=Emme saaneet linkkiäsi haettua juuri nyt. Yritä myöhemmin uudelleen.
notNow=Ei nyt
optOut=Älä kysy uudelleen
terms=Ehdot
shareText=Pidän {brand} -kaupasta, ja uskon, että sinäkin pidät. Tässä {friend} ensimmäisestä tilauksestasi: {url}
shareTextNoBrand=Tässä {friend} ensimmäisestä tilauksestasi: {url}
shareTextNoOffer=Katso tämä: {url}
shareSubject={friend} sinulle
shareSubjectNoOffer=Katso tämä
native=Lisää…
email=Sähköposti
sms=Tekstiviesti`;
