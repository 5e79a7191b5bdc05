import type { MailMessages } from './en.js';

/** Norwegian Bokmål. */
export const nb: MailMessages = {
  footerTransactional: 'Du får denne e-posten om bestillingene og belønningene dine hos {brand}.',
  footerMarketing: 'Du får denne e-posten fordi du har handlet hos {brand}.',
  footerAlert: 'Sendt av Grapevine til kundeserviceadressen til {brand}.',
  labelValue: '{label}: {value}',
  unsubscribe: 'Meld av',
  unsubscribeText: 'Meld av: {url}',
  off: '{value} rabatt',
  friendCouponSubject: 'Koden din for {friend} hos {brand}',
  friendCouponPreheader: 'Ta vare på denne e-posten: koden din er {code}.',
  friendCouponTitle: 'Her er koden din',
  friendCouponBody:
    '{name} har gitt deg {friend} på din første bestilling hos {brand}. Ta vare på denne e-posten, så har du koden for hånden når du handler.',
  friendCouponBodyNoName:
    'En venn har gitt deg {friend} på din første bestilling hos {brand}. Ta vare på denne e-posten, så har du koden for hånden når du handler.',
  codeLabel: 'Koden din',
  applyCode: 'Handle med koden min',
  applyHint: 'Knappen legger inn koden for deg. Du kan også skrive den inn i kassen.',
  validUntil: 'Gjelder til og med {date}.',
  rewardPendingSubject: '{name} har nettopp handlet via lenken din',
  rewardPendingSubjectNoName: 'En venn har nettopp handlet via lenken din',
  rewardPendingPreheader: 'Du har tjent {reward}. Takk for at du anbefaler {brand}!',
  rewardPendingTitle: 'Vennen din har handlet',
  rewardPendingBody:
    'Takk for at du anbefaler {brand}! {name} har bestilt via lenken din, så du har tjent {reward}.',
  rewardPendingBodyNoName:
    'Takk for at du anbefaler {brand}! En venn har bestilt via lenken din, så du har tjent {reward}.',
  rewardPendingWait:
    'Belønningen blir bekreftet når returperioden er over, rundt {date}. Vi sender deg en e-post da.',
  shareAgain: 'Del lenken din igjen',
  rewardApprovedSubject: 'Belønningen din er klar: {reward}',
  rewardApprovedPreheader: 'Takk for at du forteller vennene dine om {brand}.',
  rewardApprovedTitle: 'Belønningen din er klar',
  rewardApprovedBody:
    'Belønningen din på {reward} er bekreftet. Takk for at du forteller vennene dine om {brand}!',
  rewardCodeLabel: 'Belønningskoden din',
  shopNow: 'Handle nå',
  keepSharing: 'Kjenner du flere som vil like {brand}? Den personlige lenken din virker fortsatt:',
  detractorSubject: 'Kritiker: {score}/10 fra {customer}',
  detractorSubjectAnonymous: 'Kritiker: en kunde ga {score}/10',
  detractorPreheader:
    'Ta kontakt mens det er ferskt: et raskt, personlig svar kan vinne kunden tilbake.',
  detractorTitle: 'En kunde er misfornøyd',
  detractorBody:
    '{customer} svarte {score} av 10 på hvor sannsynlig det er at de vil anbefale {brand}.',
  detractorBodyAnonymous:
    'En kunde svarte {score} av 10 på hvor sannsynlig det er at de vil anbefale {brand}.',
  detractorComment: 'Dette skrev kunden',
  detractorNoComment: 'Kunden skrev ingen kommentar.',
  detractorOrder: 'Bestilling: {order}',
  detractorAdvice:
    'Svar personlig innen et døgn. Spør hva som gikk galt og hva som skal til for å rette det opp; kritikere som får raskt svar, snur ofte.',
  detractorReply: 'Svar kunden',
  unsubscribeTitle: 'E-postinnstillinger',
  unsubscribeQuestion: 'Hvilke e-poster fra {brand} skal ikke lenger sendes til {address}?',
  unsubscribeMarketing: 'Stopp spørsmål og tilbud',
  unsubscribeMarketingHint:
    'Ingen flere undersøkelser eller oppfordringer til å anbefale oss. E-poster om dine egne koder og belønninger kommer fortsatt.',
  unsubscribeAll: 'Stopp alle e-poster',
  unsubscribeAllHint:
    'Ingen flere e-poster fra {brand}, heller ikke om kodene og belønningene dine.',
  unsubscribeDoneMarketing:
    'Ferdig. {brand} sender deg ikke flere spørsmål eller tilbud. E-poster om dine egne koder og belønninger kommer fortsatt.',
  unsubscribeDoneAll: 'Ferdig. {brand} sender ikke flere e-poster til {address}.',
  unsubscribeInvalid:
    'Denne avmeldingslenken er ikke gyldig. Bruk lenken i den nyeste e-posten du har fått fra oss.',
};
