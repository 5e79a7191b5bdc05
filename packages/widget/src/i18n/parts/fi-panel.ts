// Generated from catalogs/fi.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Finnish for the programme panel.
// One `key=text` message a line.
export const messages = `referralTitle=Anna ystävillesi {friend}, saat itse {advocate}
off={value} alennusta
linkLabel=Oma linkkisi
copy=Kopioi
copied=Kopioitu
copiedStatus=Linkki on kopioitu leikepöydälle.
copyManual=Linkki on valittu: kopioi se näppäimistöllä tai valikosta.
shareVia=Jaa
linkLoading=Haetaan linkkiäsi…
shareText=Pidän {brand} -kaupasta, ja uskon, että sinäkin pidät. Tässä {friend} ensimmäisestä tilauksestasi: {url}
shareTextNoBrand=Tässä {friend} ensimmäisestä tilauksestasi: {url}
shareTextNoOffer=Katso tämä: {url}
shareSubject={friend} sinulle
shareSubjectNoOffer=Katso tämä
panelTitle=Suosittele ystävälle
panelSteps=Näin se toimii
panelStep1=Jaa oma linkkisi ystävillesi.
panelStep2=He saavat {friend} ensimmäisestä tilauksestaan.
panelStep3=Sinä saat {advocate}, kun he ostavat.
panelSignIn=Kirjaudu sisään, niin saat oman linkkisi ja näet palkkiosi.
signIn=Kirjaudu sisään
panelLoadFailed=Emme saaneet suosituksiasi haettua juuri nyt. Yritä myöhemmin uudelleen.
statsTitle=Suosituksesi
statClicks=Linkin avaukset
statJoined=Mukaan tulleet ystävät
statPurchases=Ostaneet ystävät
statEarned=Ansaitut palkkiot
statPending=Odottavat palkkiot
native=Lisää…
email=Sähköposti
sms=Tekstiviesti`;
