/**
 * The hosted survey page's own words (the survey itself speaks through the widget's
 * catalogs): its title, what it says when the prompt is closed, and the refusals of a link
 * that is expired or not valid. Every shipped locale; `dir` for the right-to-left ones.
 */
export interface HostedMessages {
  title: string;
  closed: string;
  expiredTitle: string;
  expiredBody: string;
  invalidTitle: string;
  invalidBody: string;
  dir: 'ltr' | 'rtl';
}

const MESSAGES: Readonly<Record<string, HostedMessages>> = {
  en: {
    title: 'Your feedback',
    closed: 'Thank you. Your answer is saved; you can close this page.',
    expiredTitle: 'This link has expired',
    expiredBody: 'Survey links work for a limited time. Thank you for wanting to answer.',
    invalidTitle: 'This link is not valid',
    invalidBody: 'It may have been copied incompletely. Please use the link from the email.',
    dir: 'ltr',
  },
  da: {
    title: 'Din feedback',
    closed: 'Tak. Dit svar er gemt, og du kan lukke siden.',
    expiredTitle: 'Linket er udløbet',
    expiredBody: 'Links til undersøgelsen virker kun i en periode. Tak, fordi du ville svare.',
    invalidTitle: 'Linket er ikke gyldigt',
    invalidBody: 'Det er måske ikke kopieret helt. Brug linket fra e-mailen.',
    dir: 'ltr',
  },
  nb: {
    title: 'Tilbakemeldingen din',
    closed: 'Takk. Svaret ditt er lagret, og du kan lukke siden.',
    expiredTitle: 'Lenken har utløpt',
    expiredBody: 'Lenker til undersøkelsen virker bare en stund. Takk for at du ville svare.',
    invalidTitle: 'Lenken er ikke gyldig',
    invalidBody: 'Den er kanskje ikke kopiert helt. Bruk lenken i e-posten.',
    dir: 'ltr',
  },
  fi: {
    title: 'Palautteesi',
    closed: 'Kiitos! Vastauksesi on tallennettu, voit sulkea sivun.',
    expiredTitle: 'Linkki on vanhentunut',
    expiredBody: 'Kyselyn linkit ovat voimassa rajoitetun ajan. Kiitos, että halusit vastata.',
    invalidTitle: 'Linkki ei ole kelvollinen',
    invalidBody: 'Se on ehkä kopioitu vajaasti. Käytä sähköpostissa olevaa linkkiä.',
    dir: 'ltr',
  },
  ja: {
    title: 'ご意見をお聞かせください',
    closed: 'ありがとうございました。回答は保存されました。このページを閉じてかまいません。',
    expiredTitle: 'このリンクは有効期限が切れています',
    expiredBody:
      'アンケートのリンクには有効期限があります。ご回答いただこうとしてくださり、ありがとうございました。',
    invalidTitle: 'このリンクは無効です',
    invalidBody:
      'リンクが途中までしかコピーされていない可能性があります。メール内のリンクをご利用ください。',
    dir: 'ltr',
  },
  'zh-CN': {
    title: '您的反馈',
    closed: '谢谢！您的回答已保存，可以关闭此页面。',
    expiredTitle: '此链接已过期',
    expiredBody: '问卷链接仅在一段时间内有效。感谢您愿意作答。',
    invalidTitle: '此链接无效',
    invalidBody: '链接可能没有复制完整。请使用邮件中的链接。',
    dir: 'ltr',
  },
  ar: {
    title: 'رأيك',
    closed: 'شكرًا لك. تم حفظ إجابتك، ويمكنك إغلاق هذه الصفحة.',
    expiredTitle: 'انتهت صلاحية هذا الرابط',
    expiredBody: 'روابط الاستبيان صالحة لفترة محدودة. شكرًا لرغبتك في الإجابة.',
    invalidTitle: 'هذا الرابط غير صالح',
    invalidBody: 'ربما لم يُنسخ بالكامل. يُرجى استخدام الرابط الموجود في البريد الإلكتروني.',
    dir: 'rtl',
  },
  he: {
    title: 'המשוב שלך',
    closed: 'תודה. התשובה שלך נשמרה, ואפשר לסגור את הדף.',
    expiredTitle: 'תוקף הקישור פג',
    expiredBody: 'קישורים לסקר תקפים לזמן מוגבל. תודה שרצית לענות.',
    invalidTitle: 'הקישור אינו תקין',
    invalidBody: 'ייתכן שהוא לא הועתק במלואו. יש להשתמש בקישור שבהודעת הדוא״ל.',
    dir: 'rtl',
  },
};

const ALIASES: Readonly<Record<string, string>> = {
  no: 'nb',
  nn: 'nb',
  iw: 'he',
  zh: 'zh-CN',
  'zh-cn': 'zh-CN',
  'zh-hans': 'zh-CN',
  'zh-sg': 'zh-CN',
};

/** The shipped locale that serves a tag (`da-DK` → `da`, `zh-Hans` → `zh-CN`), else `en`. */
export function hostedLocale(tag: string | undefined): string {
  const lower = String(tag ?? '').toLowerCase();
  for (const candidate of [lower, lower.split('-')[0] ?? '']) {
    const key = ALIASES[candidate] ?? candidate;
    if (Object.hasOwn(MESSAGES, key)) return key;
  }
  return 'en';
}

/** The page's messages in the locale that serves `tag`. */
export function hostedMessages(tag: string | undefined): HostedMessages {
  return MESSAGES[hostedLocale(tag)] ?? (MESSAGES.en as HostedMessages);
}
