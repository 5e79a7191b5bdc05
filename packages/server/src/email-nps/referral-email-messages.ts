import type { MailLocale } from '../mail/i18n/locales.js';

/**
 * The referral email's words. Two subject lines for the A/B test (`subjectA` names the
 * double-sided offer, `subjectB` the personal favour); the body differs for a first-time
 * customer (welcome, "tell a friend about your first order") and a returning one (thanks for
 * coming back). `{brand}`, `{friend}` and `{advocate}` are replaced as text.
 */
export interface ReferralEmailMessages {
  subjectA: string;
  subjectB: string;
  preheader: string;
  titleNew: string;
  bodyNew: string;
  titleLoyal: string;
  bodyLoyal: string;
  offer: string;
  linkLabel: string;
  button: string;
}

/** One catalog per shipped email locale. */
export const REFERRAL_EMAIL_MESSAGES: Readonly<Record<MailLocale, ReferralEmailMessages>> = {
  en: {
    subjectA: 'Give {friend}, get {advocate}',
    subjectB: 'Know someone who would like {brand}?',
    preheader: 'Your personal link is ready to share.',
    titleNew: 'Thanks for your first order!',
    bodyNew: 'If you know someone who would like {brand} too, share your personal link.',
    titleLoyal: 'Thanks for shopping with us again',
    bodyLoyal:
      'You know {brand} well by now. Share your personal link with a friend who would like it too.',
    offer: 'Your friend gets {friend} on their first order. You get {advocate} when they buy.',
    linkLabel: 'Your personal link',
    button: 'Share your link',
  },
  da: {
    subjectA: 'Giv {friend}, få {advocate}',
    subjectB: 'Kender du nogen, der vil kunne lide {brand}?',
    preheader: 'Dit personlige link er klar til at blive delt.',
    titleNew: 'Tak for din første ordre!',
    bodyNew: 'Kender du nogen, der også vil kunne lide {brand}, så del dit personlige link.',
    titleLoyal: 'Tak, fordi du handler hos os igen',
    bodyLoyal:
      'Du kender {brand} godt nu. Del dit personlige link med en ven, der også vil kunne lide det.',
    offer: 'Din ven får {friend} på sin første ordre. Du får {advocate}, når de handler.',
    linkLabel: 'Dit personlige link',
    button: 'Del dit link',
  },
  nb: {
    subjectA: 'Gi {friend}, få {advocate}',
    subjectB: 'Kjenner du noen som vil like {brand}?',
    preheader: 'Den personlige lenken din er klar til å deles.',
    titleNew: 'Takk for din første bestilling!',
    bodyNew: 'Kjenner du noen som også vil like {brand}, kan du dele den personlige lenken din.',
    titleLoyal: 'Takk for at du handler hos oss igjen',
    bodyLoyal:
      'Du kjenner {brand} godt nå. Del den personlige lenken din med en venn som også vil like det.',
    offer: 'Vennen din får {friend} på sin første bestilling. Du får {advocate} når de handler.',
    linkLabel: 'Din personlige lenke',
    button: 'Del lenken din',
  },
  fi: {
    subjectA: 'Anna {friend}, saat {advocate}',
    subjectB: 'Tunnetko jonkun, joka pitäisi {brand}-kaupasta?',
    preheader: 'Henkilökohtainen linkkisi on valmis jaettavaksi.',
    titleNew: 'Kiitos ensimmäisestä tilauksestasi!',
    bodyNew:
      'Jos tunnet jonkun, joka pitäisi {brand}-kaupasta, jaa hänelle henkilökohtainen linkkisi.',
    titleLoyal: 'Kiitos, että asioit taas kanssamme',
    bodyLoyal:
      'Tunnet {brand}-kaupan jo hyvin. Jaa henkilökohtainen linkkisi ystävälle, joka pitäisi siitä myös.',
    offer:
      'Ystäväsi saa {friend} ensimmäisestä tilauksestaan. Sinä saat {advocate}, kun hän tilaa.',
    linkLabel: 'Henkilökohtainen linkkisi',
    button: 'Jaa linkkisi',
  },
  ja: {
    subjectA: 'ご友人に{friend}、あなたに{advocate}',
    subjectB: '{brand}を気に入りそうな方はいませんか？',
    preheader: 'あなた専用のリンクをすぐにシェアできます。',
    titleNew: '初めてのご注文、ありがとうございます！',
    bodyNew: '{brand}を気に入りそうな方がいらっしゃれば、あなた専用のリンクをシェアしてください。',
    titleLoyal: 'いつもご利用いただきありがとうございます',
    bodyLoyal:
      '{brand}をよくご存じのあなたから、気に入りそうなご友人にリンクをシェアしてみませんか。',
    offer: 'ご友人は初回のご注文で{friend}、ご友人がご購入されるとあなたに{advocate}。',
    linkLabel: 'あなた専用のリンク',
    button: 'リンクをシェアする',
  },
  'zh-CN': {
    subjectA: '送好友{friend}，您得{advocate}',
    subjectB: '您身边有人会喜欢{brand}吗？',
    preheader: '您的专属链接已可分享。',
    titleNew: '感谢您的首次下单！',
    bodyNew: '如果您身边也有人会喜欢{brand}，就把您的专属链接分享给他们吧。',
    titleLoyal: '感谢您再次光临',
    bodyLoyal: '您已经很了解{brand}了。把您的专属链接分享给同样会喜欢的朋友吧。',
    offer: '好友首单可享{friend}；好友下单后，您可获得{advocate}。',
    linkLabel: '您的专属链接',
    button: '分享链接',
  },
  ar: {
    subjectA: 'امنح {friend} واحصل على {advocate}',
    subjectB: 'هل تعرف شخصًا سيحب {brand}؟',
    preheader: 'رابطك الشخصي جاهز للمشاركة.',
    titleNew: 'شكرًا على طلبك الأول!',
    bodyNew: 'إذا كنت تعرف شخصًا سيحب {brand} أيضًا، فشارك رابطك الشخصي معه.',
    titleLoyal: 'شكرًا لتسوقك معنا مرة أخرى',
    bodyLoyal: 'أنت تعرف {brand} جيدًا الآن. شارك رابطك الشخصي مع صديق سيحبه أيضًا.',
    offer: 'يحصل صديقك على {friend} في طلبه الأول، وتحصل أنت على {advocate} عندما يشتري.',
    linkLabel: 'رابطك الشخصي',
    button: 'شارك رابطك',
  },
  he: {
    subjectA: 'תנו {friend}, קבלו {advocate}',
    subjectB: 'מכירים מישהו שיאהב את {brand}?',
    preheader: 'הקישור האישי שלך מוכן לשיתוף.',
    titleNew: 'תודה על ההזמנה הראשונה שלך!',
    bodyNew: 'אם אתם מכירים מישהו שגם יאהב את {brand}, שתפו איתו את הקישור האישי שלכם.',
    titleLoyal: 'תודה שחזרתם לקנות אצלנו',
    bodyLoyal: 'אתם כבר מכירים היטב את {brand}. שתפו את הקישור האישי שלכם עם חבר שגם יאהב.',
    offer: 'החבר שלכם יקבל {friend} בהזמנה הראשונה, ואתם תקבלו {advocate} כשהוא יקנה.',
    linkLabel: 'הקישור האישי שלך',
    button: 'שתפו את הקישור',
  },
};
