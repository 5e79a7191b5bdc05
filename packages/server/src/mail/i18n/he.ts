import type { MailMessages } from './en.js';

/** Hebrew (rendered right to left). */
export const he: MailMessages = {
  footerTransactional: 'קיבלתם את המייל הזה בנוגע להזמנות ולהטבות שלכם ב־{brand}.',
  footerMarketing: 'קיבלתם את המייל הזה כי קניתם ב־{brand}.',
  footerAlert: 'נשלח על ידי Grapevine לכתובת התמיכה של {brand}.',
  labelValue: '{label}: {value}',
  unsubscribe: 'הסרה מרשימת התפוצה',
  unsubscribeText: 'הסרה מרשימת התפוצה: {url}',
  off: '{value} הנחה',
  friendCouponSubject: 'הקוד שלכם ל־{friend} ב־{brand}',
  friendCouponPreheader: 'שמרו את המייל הזה: הקוד שלכם הוא {code}.',
  friendCouponTitle: 'הנה הקוד שלכם',
  friendCouponBody:
    '{name} נתן לכם {friend} בהזמנה הראשונה שלכם ב־{brand}. שמרו את המייל הזה כדי שהקוד יהיה בהישג יד כשתקנו.',
  friendCouponBodyNoName:
    'חבר נתן לכם {friend} בהזמנה הראשונה שלכם ב־{brand}. שמרו את המייל הזה כדי שהקוד יהיה בהישג יד כשתקנו.',
  codeLabel: 'הקוד שלכם',
  applyCode: 'לקנות עם הקוד שלי',
  applyHint: 'הכפתור מפעיל את הקוד בשבילכם. אפשר גם להזין אותו בקופה.',
  validUntil: 'בתוקף עד {date}.',
  rewardPendingSubject: '{name} הזמין עכשיו דרך הקישור שלכם',
  rewardPendingSubjectNoName: 'חבר הזמין עכשיו דרך הקישור שלכם',
  rewardPendingPreheader: 'הרווחתם {reward}. תודה שהמלצתם על {brand}!',
  rewardPendingTitle: 'החבר שלכם הזמין',
  rewardPendingBody:
    'תודה שהמלצתם על {brand}! {name} הזמין דרך הקישור שלכם, ולכן הרווחתם {reward}.',
  rewardPendingBodyNoName:
    'תודה שהמלצתם על {brand}! חבר הזמין דרך הקישור שלכם, ולכן הרווחתם {reward}.',
  rewardPendingWait: 'ההטבה תאושר בתום תקופת ההחזרות, בסביבות {date}. נשלח לכם מייל כשזה יקרה.',
  shareAgain: 'לשתף שוב את הקישור',
  rewardApprovedSubject: 'ההטבה שלכם מוכנה: {reward}',
  rewardApprovedPreheader: 'תודה שסיפרתם לחברים על {brand}.',
  rewardApprovedTitle: 'ההטבה שלכם מוכנה',
  rewardApprovedBody: 'ההטבה שלכם בסך {reward} אושרה. תודה שסיפרתם לחברים על {brand}!',
  rewardCodeLabel: 'קוד ההטבה שלכם',
  shopNow: 'לקנות עכשיו',
  keepSharing: 'מכירים עוד מישהו שיאהב את {brand}? הקישור האישי שלכם עדיין פעיל:',
  detractorSubject: 'התראת לקוח מאוכזב: {score}/10 מ־{customer}',
  detractorSubjectAnonymous: 'התראת לקוח מאוכזב: לקוח נתן {score}/10',
  detractorPreheader: 'כדאי לפנות עכשיו: תגובה מהירה ואישית יכולה להחזיר את הלקוח.',
  detractorTitle: 'לקוח לא מרוצה',
  detractorBody: '{customer} ענה {score} מתוך 10 כשנשאל עד כמה סביר שימליץ על {brand}.',
  detractorBodyAnonymous: 'לקוח ענה {score} מתוך 10 כשנשאל עד כמה סביר שימליץ על {brand}.',
  detractorComment: 'מה הלקוח כתב',
  detractorNoComment: 'הלקוח לא השאיר תגובה.',
  detractorOrder: 'הזמנה: {order}',
  detractorAdvice:
    'השיבו באופן אישי תוך יום. שאלו מה השתבש ומה יתקן את המצב; לקוחות מאוכזבים שמקבלים מענה מהיר משנים לא פעם את דעתם.',
  detractorReply: 'להשיב ללקוח',
  unsubscribeTitle: 'העדפות דיוור',
  unsubscribeQuestion: 'אילו מיילים מ־{brand} להפסיק לשלוח אל {address}?',
  unsubscribeMarketing: 'להפסיק סקרים והצעות',
  unsubscribeMarketingHint:
    'לא יישלחו עוד סקרים או בקשות להמליץ עלינו. מיילים על הקודים וההטבות שלכם ימשיכו להגיע.',
  unsubscribeAll: 'להפסיק את כל המיילים',
  unsubscribeAllHint: 'לא יישלח עוד שום מייל מ־{brand}, גם לא על הקודים וההטבות שלכם.',
  unsubscribeDoneMarketing:
    'בוצע. {brand} לא ישלח לכם עוד סקרים או הצעות. מיילים על הקודים וההטבות שלכם ימשיכו להגיע.',
  unsubscribeDoneAll: 'בוצע. {brand} לא ישלח עוד מיילים אל {address}.',
  unsubscribeInvalid: 'קישור ההסרה הזה אינו תקף. השתמשו בקישור שבמייל האחרון שקיבלתם מאיתנו.',
};
