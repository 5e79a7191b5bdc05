import type { MailMessages } from './en.js';

/** Danish. */
export const da: MailMessages = {
  footerTransactional: 'Du får denne e-mail om dine ordrer og belønninger hos {brand}.',
  footerMarketing: 'Du får denne e-mail, fordi du har handlet hos {brand}.',
  footerAlert: 'Sendt af Grapevine til supportadressen hos {brand}.',
  labelValue: '{label}: {value}',
  unsubscribe: 'Afmeld',
  unsubscribeText: 'Afmeld: {url}',
  off: '{value} rabat',
  friendCouponSubject: 'Din kode til {friend} hos {brand}',
  friendCouponPreheader: 'Gem denne e-mail: din kode er {code}.',
  friendCouponTitle: 'Her er din kode',
  friendCouponBody:
    '{name} har givet dig {friend} på din første ordre hos {brand}. Gem denne e-mail, så har du koden ved hånden, når du handler.',
  friendCouponBodyNoName:
    'En ven har givet dig {friend} på din første ordre hos {brand}. Gem denne e-mail, så har du koden ved hånden, når du handler.',
  codeLabel: 'Din kode',
  applyCode: 'Handl med min kode',
  applyHint: 'Knappen indsætter koden for dig. Du kan også skrive den ved betalingen.',
  validUntil: 'Gælder til og med {date}.',
  rewardPendingSubject: '{name} har lige handlet via dit link',
  rewardPendingSubjectNoName: 'En ven har lige handlet via dit link',
  rewardPendingPreheader: 'Du har optjent {reward}. Tak, fordi du anbefaler {brand}!',
  rewardPendingTitle: 'Din ven har handlet',
  rewardPendingBody:
    'Tak, fordi du anbefaler {brand}! {name} har afgivet en ordre via dit link, så du har optjent {reward}.',
  rewardPendingBodyNoName:
    'Tak, fordi du anbefaler {brand}! En ven har afgivet en ordre via dit link, så du har optjent {reward}.',
  rewardPendingWait:
    'Din belønning bliver bekræftet, når returperioden er slut, omkring {date}. Vi sender dig en e-mail, når det sker.',
  shareAgain: 'Del dit link igen',
  rewardApprovedSubject: 'Din belønning er klar: {reward}',
  rewardApprovedPreheader: 'Tak, fordi du fortæller dine venner om {brand}.',
  rewardApprovedTitle: 'Din belønning er klar',
  rewardApprovedBody:
    'Din belønning på {reward} er bekræftet. Tak, fordi du fortæller dine venner om {brand}!',
  rewardCodeLabel: 'Din belønningskode',
  shopNow: 'Handl nu',
  keepSharing: 'Kender du andre, der vil kunne lide {brand}? Dit personlige link virker stadig:',
  detractorSubject: 'Kritiker: {score}/10 fra {customer}',
  detractorSubjectAnonymous: 'Kritiker: en kunde gav {score}/10',
  detractorPreheader:
    'Tag fat i kunden, mens det er aktuelt: et hurtigt, personligt svar kan vinde vedkommende tilbage.',
  detractorTitle: 'En kunde er utilfreds',
  detractorBody:
    '{customer} svarede {score} ud af 10 på, hvor sandsynligt det er, at de vil anbefale {brand}.',
  detractorBodyAnonymous:
    'En kunde svarede {score} ud af 10 på, hvor sandsynligt det er, at de vil anbefale {brand}.',
  detractorComment: 'Det skrev kunden',
  detractorNoComment: 'Kunden skrev ingen kommentar.',
  detractorOrder: 'Ordre: {order}',
  detractorAdvice:
    'Svar personligt inden for et døgn. Spørg, hvad der gik galt, og hvad der skal til for at gøre det godt igen; kritikere, der hurtigt hører fra jer, bliver ofte positive igen.',
  detractorReply: 'Svar kunden',
  unsubscribeTitle: 'E-mailindstillinger',
  unsubscribeQuestion: 'Hvilke e-mails fra {brand} skal ikke længere sendes til {address}?',
  unsubscribeMarketing: 'Stop spørgsmål og tilbud',
  unsubscribeMarketingHint:
    'Ingen flere spørgeskemaer eller opfordringer til at anbefale os. E-mails om dine egne koder og belønninger kommer stadig.',
  unsubscribeAll: 'Stop alle e-mails',
  unsubscribeAllHint: 'Ikke flere e-mails fra {brand}, heller ikke om dine koder og belønninger.',
  unsubscribeDoneMarketing:
    'Sådan. {brand} sender dig ikke flere spørgsmål eller tilbud. E-mails om dine egne koder og belønninger kommer stadig.',
  unsubscribeDoneAll: 'Sådan. {brand} sender ikke flere e-mails til {address}.',
  unsubscribeInvalid:
    'Dette afmeldingslink er ikke gyldigt. Brug linket i den seneste e-mail, du har fået fra os.',
};
