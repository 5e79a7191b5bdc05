import type { Catalog } from '../catalog.js';

// Finnish inflects names, and a shop's name cannot be declined by a template: where a
// sentence would need "{brand}" in another case, it names the shop as "{brand} -kauppa"
// (compound with a space-hyphen, correct for any name) or speaks as "we".

/** Finnish. */
export const messages: Catalog = {
  close: 'Sulje',
  npsQuestion: 'Kuinka todennäköisesti suosittelisit {brand} -kauppaa ystävälle tai kollegalle?',
  npsQuestionNoBrand: 'Kuinka todennäköisesti suosittelisit meitä ystävälle tai kollegalle?',
  npsLow: 'En lainkaan todennäköisesti',
  npsHigh: 'Erittäin todennäköisesti',
  npsNext: 'Seuraava',
  followPromoter: 'Mistä pidät eniten?',
  followPassive: 'Mitä meidän pitäisi tehdä, jotta antaisit 10?',
  followDetractor: 'Mikä meni pieleen?',
  followHint: 'Vapaaehtoinen – jo lause tai kaksi auttaa meitä paljon.',
  send: 'Lähetä',
  skip: 'Ohita',
  thanksTitle: 'Kiitos!',
  thanksBody: 'Palautteesi auttaa meitä kehittämään {brand} -kauppaa.',
  thanksBodyNoBrand: 'Palautteesi auttaa meitä kehittymään.',
  promoterTitle: 'Ihanaa, että pidät {brand} -kaupasta!',
  promoterTitleNoBrand: 'Ihanaa, että pidät meistä!',
  review: 'Kirjoita arvio',
  done: 'Valmis',
  referralTitle: 'Anna ystävillesi {friend}, saat itse {advocate}',
  referralBody:
    'Ystäväsi saavat {friend} ensimmäisestä tilauksestaan. Sinä saat {advocate} seuraavasta tilauksestasi, kun he ostavat.',
  referralTitleNoOffer: 'Kerro ystävillesi',
  referralBodyNoOffer: 'Jaa oma linkkisi ystäville, jotka voisivat pitää tästä.',
  off: '{value} alennusta',
  linkLabel: 'Oma linkkisi',
  copy: 'Kopioi',
  copied: 'Kopioitu',
  copiedStatus: 'Linkki on kopioitu leikepöydälle.',
  copyManual: 'Linkki on valittu: kopioi se näppäimistöllä tai valikosta.',
  shareVia: 'Jaa',
  linkLoading: 'Haetaan linkkiäsi…',
  linkFailed: 'Emme saaneet linkkiäsi haettua juuri nyt. Yritä myöhemmin uudelleen.',
  notNow: 'Ei nyt',
  optOut: 'Älä kysy uudelleen',
  terms: 'Ehdot',
  shareText:
    'Pidän {brand} -kaupasta, ja uskon, että sinäkin pidät. Tässä {friend} ensimmäisestä tilauksestasi: {url}',
  shareTextNoBrand: 'Tässä {friend} ensimmäisestä tilauksestasi: {url}',
  shareTextNoOffer: 'Katso tämä: {url}',
  shareSubject: '{friend} sinulle',
  shareSubjectNoOffer: 'Katso tämä',
  friendTitle: '{name} antoi sinulle {friend}',
  friendTitleNoName: 'Ystäväsi antoi sinulle {friend}',
  friendBody:
    'Etu koskee ensimmäistä tilaustasi {brand} -kaupassa. Anna sähköpostiosoitteesi, niin saat koodin.',
  friendBodyNoBrand:
    'Etu koskee ensimmäistä tilaustasi. Anna sähköpostiosoitteesi, niin saat koodin.',
  friendValidUntil: 'Voimassa {date} asti.',
  emailLabel: 'Sähköpostiosoitteesi',
  claim: 'Hae koodi',
  claiming: 'Haetaan koodia…',
  retry: 'Yritä uudelleen',
  emailInvalid: 'Anna sähköpostiosoite muodossa nimi@esimerkki.fi.',
  claimFailed:
    'Emme saaneet juuri nyt yhteyttä kauppaan. Sähköpostiosoitteesi on tallessa – yritä uudelleen.',
  couponTitle: 'Tässä koodisi',
  couponBody: 'Käytä sitä kassalla, niin saat {friend}.',
  couponLabel: 'Koodisi',
  couponReady: 'Koodisi {code} on valmis.',
  codeCopied: 'Koodi on kopioitu leikepöydälle.',
  welcomeTitle: 'Tervetuloa {brand} -kauppaan!',
  welcomeTitleNoBrand: 'Tervetuloa!',
  offerInvalid:
    'Tämä suosituslinkki ei ole voimassa, mutta olet lämpimästi tervetullut tutustumaan.',
  offerSelf:
    'Tämä on oma suosituslinkkisi: jaa se ystävillesi, niin saat palkkiosi, kun he tilaavat.',
  offerExpired: 'Tämä etu on vanhentunut, mutta olet lämpimästi tervetullut tutustumaan.',
  offerUsed: 'Tämä etu on jo käytetty.',
  offerLoading: 'Haetaan etuasi…',
  offerFailed: 'Emme saaneet etua haettua juuri nyt. Yritä myöhemmin uudelleen.',
  native: 'Lisää…',
  email: 'Sähköposti',
  sms: 'Tekstiviesti',
};
