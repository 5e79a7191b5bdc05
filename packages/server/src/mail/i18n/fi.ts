import type { MailMessages } from './en.js';

/** Finnish. */
export const fi: MailMessages = {
  footerTransactional: 'Saat tämän viestin tilauksistasi ja palkkioistasi kaupassa {brand}.',
  footerMarketing: 'Saat tämän viestin, koska olet asioinut kaupassa {brand}.',
  footerAlert: 'Grapevine lähetti tämän viestin kaupan {brand} asiakaspalveluosoitteeseen.',
  labelValue: '{label}: {value}',
  unsubscribe: 'Peru tilaus',
  unsubscribeText: 'Peru tilaus: {url}',
  off: '{value} alennusta',
  friendCouponSubject: 'Koodisi: {friend} kaupassa {brand}',
  friendCouponPreheader: 'Säilytä tämä viesti: koodisi on {code}.',
  friendCouponTitle: 'Tässä koodisi',
  friendCouponBody:
    '{name} antoi sinulle {friend} ensimmäisestä tilauksestasi kaupassa {brand}. Säilytä tämä viesti, niin koodi on tallessa, kun teet ostoksia.',
  friendCouponBodyNoName:
    'Ystäväsi antoi sinulle {friend} ensimmäisestä tilauksestasi kaupassa {brand}. Säilytä tämä viesti, niin koodi on tallessa, kun teet ostoksia.',
  codeLabel: 'Koodisi',
  applyCode: 'Ostoksille koodillani',
  applyHint: 'Painike lisää koodin puolestasi. Voit myös syöttää sen kassalla.',
  validUntil: 'Voimassa {date} asti.',
  rewardPendingSubject: '{name} teki juuri tilauksen linkkisi kautta',
  rewardPendingSubjectNoName: 'Ystäväsi teki juuri tilauksen linkkisi kautta',
  rewardPendingPreheader: 'Ansaitsit {reward}. Kiitos, että suosittelet kauppaa {brand}!',
  rewardPendingTitle: 'Ystäväsi teki tilauksen',
  rewardPendingBody:
    'Kiitos, että suosittelet kauppaa {brand}! {name} tilasi linkkisi kautta, joten ansaitsit {reward}.',
  rewardPendingBodyNoName:
    'Kiitos, että suosittelet kauppaa {brand}! Ystäväsi tilasi linkkisi kautta, joten ansaitsit {reward}.',
  rewardPendingWait:
    'Palkkiosi vahvistetaan palautusajan päätyttyä, noin {date}. Lähetämme sinulle silloin viestin.',
  shareAgain: 'Jaa linkkisi uudelleen',
  rewardApprovedSubject: 'Palkkiosi on valmis: {reward}',
  rewardApprovedPreheader: 'Kiitos, että kerrot ystävillesi kaupasta {brand}.',
  rewardApprovedTitle: 'Palkkiosi on valmis',
  rewardApprovedBody:
    'Palkkiosi {reward} on vahvistettu. Kiitos, että kerrot ystävillesi kaupasta {brand}!',
  rewardCodeLabel: 'Palkkiokoodisi',
  shopNow: 'Ostoksille',
  keepSharing:
    'Tiedätkö muita, jotka pitäisivät kaupasta {brand}? Henkilökohtainen linkkisi toimii yhä:',
  detractorSubject: 'Arvostelija: {score}/10 asiakkaalta {customer}',
  detractorSubjectAnonymous: 'Arvostelija: asiakas antoi {score}/10',
  detractorPreheader:
    'Ota yhteyttä heti: nopea ja henkilökohtainen vastaus voi voittaa asiakkaan takaisin.',
  detractorTitle: 'Asiakas on tyytymätön',
  detractorBody:
    '{customer} vastasi {score}/10 kysymykseen, kuinka todennäköisesti hän suosittelisi kauppaa {brand}.',
  detractorBodyAnonymous:
    'Asiakas vastasi {score}/10 kysymykseen, kuinka todennäköisesti hän suosittelisi kauppaa {brand}.',
  detractorComment: 'Asiakkaan kommentti',
  detractorNoComment: 'Asiakas ei jättänyt kommenttia.',
  detractorOrder: 'Tilaus: {order}',
  detractorAdvice:
    'Vastaa henkilökohtaisesti vuorokauden sisällä. Kysy, mikä meni pieleen ja miten asian voisi korjata; nopeasti vastauksen saanut arvostelija muuttaa usein mielensä.',
  detractorReply: 'Vastaa asiakkaalle',
  unsubscribeTitle: 'Sähköpostiasetukset',
  unsubscribeQuestion: 'Mitä kaupan {brand} viestejä osoitteeseen {address} ei enää lähetetä?',
  unsubscribeMarketing: 'Ei kyselyjä eikä tarjouksia',
  unsubscribeMarketingHint:
    'Ei enää kyselyjä eikä suosittelupyyntöjä. Viestit omista koodeistasi ja palkkioistasi tulevat edelleen.',
  unsubscribeAll: 'Ei mitään viestejä',
  unsubscribeAllHint: 'Ei enää viestejä kaupasta {brand}, ei myöskään koodeista eikä palkkioista.',
  unsubscribeDoneMarketing:
    'Valmis. {brand} ei lähetä sinulle enää kyselyjä eikä tarjouksia. Viestit omista koodeistasi ja palkkioistasi tulevat edelleen.',
  unsubscribeDoneAll: 'Valmis. {brand} ei lähetä enää viestejä osoitteeseen {address}.',
  unsubscribeInvalid:
    'Tämä peruutuslinkki ei ole voimassa. Käytä uusimmassa viestissämme olevaa linkkiä.',
};
