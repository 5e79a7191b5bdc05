import type { MailLocale } from '../mail/i18n/locales.js';

/** The NPS survey email's words; `{brand}` is replaced by the shop's name (as text). */
export interface SurveyEmailMessages {
  subject: string;
  preheader: string;
  question: string;
  intro: string;
  low: string;
  high: string;
  /** A score link's accessible name: `{score}` and, for 0 and 10, the scale's end. */
  scoreLabel: string;
  outro: string;
}

/**
 * One catalog per shipped email locale. Asked once the order has arrived, short and
 * personal, the one standard question (the practice: after delivery, one click, no login).
 */
export const SURVEY_EMAIL_MESSAGES: Readonly<Record<MailLocale, SurveyEmailMessages>> = {
  en: {
    subject: 'How was your order from {brand}?',
    preheader: 'One click: how likely are you to recommend us?',
    question: 'How likely are you to recommend {brand} to a friend or colleague?',
    intro:
      'Your order should have arrived by now. Pick a number: your answer is saved with one click.',
    low: '0 = not at all likely',
    high: '10 = extremely likely',
    scoreLabel: '{score} out of 10',
    outro: 'Thank you for helping us get better.',
  },
  da: {
    subject: 'Hvordan var din ordre fra {brand}?',
    preheader: 'Ét klik: hvor sandsynligt er det, at du vil anbefale os?',
    question: 'Hvor sandsynligt er det, at du vil anbefale {brand} til en ven eller kollega?',
    intro: 'Din ordre er forhåbentlig kommet frem nu. Vælg et tal – dit svar gemmes med ét klik.',
    low: '0 = slet ikke sandsynligt',
    high: '10 = meget sandsynligt',
    scoreLabel: '{score} ud af 10',
    outro: 'Tak, fordi du hjælper os med at blive bedre.',
  },
  nb: {
    subject: 'Hvordan var bestillingen din fra {brand}?',
    preheader: 'Ett klikk: hvor sannsynlig er det at du anbefaler oss?',
    question: 'Hvor sannsynlig er det at du vil anbefale {brand} til en venn eller kollega?',
    intro:
      'Bestillingen din har forhåpentlig kommet frem nå. Velg et tall – svaret lagres med ett klikk.',
    low: '0 = svært lite sannsynlig',
    high: '10 = svært sannsynlig',
    scoreLabel: '{score} av 10',
    outro: 'Takk for at du hjelper oss å bli bedre.',
  },
  fi: {
    subject: 'Millainen oli tilauksesi {brand}-kaupasta?',
    preheader: 'Yksi klikkaus: kuinka todennäköisesti suosittelisit meitä?',
    question: 'Kuinka todennäköisesti suosittelisit {brand}-kauppaa ystävällesi tai kollegallesi?',
    intro:
      'Tilauksesi on toivottavasti jo perillä. Valitse numero – vastauksesi tallentuu yhdellä klikkauksella.',
    low: '0 = en lainkaan todennäköisesti',
    high: '10 = erittäin todennäköisesti',
    scoreLabel: '{score}/10',
    outro: 'Kiitos, että autat meitä kehittymään.',
  },
  ja: {
    subject: '{brand}でのご注文はいかがでしたか？',
    preheader: 'ワンクリックでお答えいただけます。',
    question: '{brand}をご友人や同僚にすすめる可能性はどのくらいありますか？',
    intro:
      'ご注文の商品はお手元に届きましたでしょうか。数字を一つお選びください。ワンクリックで回答が保存されます。',
    low: '0 = まったくすすめない',
    high: '10 = ぜひすすめたい',
    scoreLabel: '10点中{score}点',
    outro: 'サービス向上のためのご協力、ありがとうございます。',
  },
  'zh-CN': {
    subject: '您在{brand}的订单体验如何？',
    preheader: '只需点击一下：您向他人推荐我们的可能性有多大？',
    question: '您向朋友或同事推荐{brand}的可能性有多大？',
    intro: '您的订单应该已经送达。请选择一个数字，点击即可保存您的回答。',
    low: '0 = 完全不可能',
    high: '10 = 极有可能',
    scoreLabel: '{score}分（满分10分）',
    outro: '感谢您帮助我们做得更好。',
  },
  ar: {
    subject: 'كيف كان طلبك من {brand}؟',
    preheader: 'بنقرة واحدة: ما مدى احتمال أن توصي بنا؟',
    question: 'ما مدى احتمال أن توصي بـ{brand} لصديق أو زميل؟',
    intro: 'نأمل أن يكون طلبك قد وصل. اختر رقمًا، وستُحفظ إجابتك بنقرة واحدة.',
    low: '0 = غير محتمل على الإطلاق',
    high: '10 = محتمل جدًا',
    scoreLabel: '{score} من 10',
    outro: 'شكرًا لمساعدتنا على التحسن.',
  },
  he: {
    subject: 'איך הייתה ההזמנה שלך מ-{brand}?',
    preheader: 'בלחיצה אחת: עד כמה סביר שתמליצו עלינו?',
    question: 'עד כמה סביר שתמליצו על {brand} לחבר או לעמית?',
    intro: 'ההזמנה שלך אמורה כבר להגיע. בחרו מספר, והתשובה תישמר בלחיצה אחת.',
    low: '0 = בכלל לא סביר',
    high: '10 = סביר מאוד',
    scoreLabel: '{score} מתוך 10',
    outro: 'תודה שאתם עוזרים לנו להשתפר.',
  },
};

/** Replaces `{name}` placeholders with values (as text; the templates escape them). */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
