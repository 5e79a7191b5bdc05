import type { MailMessages } from './en.js';

/** Arabic (rendered right to left). */
export const ar: MailMessages = {
  footerTransactional: 'تصلك هذه الرسالة بخصوص طلباتك ومكافآتك لدى {brand}.',
  footerMarketing: 'تصلك هذه الرسالة لأنك تسوّقت لدى {brand}.',
  footerAlert: 'أرسلها Grapevine إلى عنوان الدعم لدى {brand}.',
  labelValue: '{label}: {value}',
  unsubscribe: 'إلغاء الاشتراك',
  unsubscribeText: 'إلغاء الاشتراك: {url}',
  off: 'خصم {value}',
  friendCouponSubject: 'رمزك للحصول على {friend} لدى {brand}',
  friendCouponPreheader: 'احتفظ بهذه الرسالة: رمزك هو {code}.',
  friendCouponTitle: 'إليك رمز الخصم',
  friendCouponBody:
    'أهداك {name} {friend} على طلبك الأول لدى {brand}. احتفظ بهذه الرسالة ليكون رمزك في متناول يدك عند التسوّق.',
  friendCouponBodyNoName:
    'أهداك صديق {friend} على طلبك الأول لدى {brand}. احتفظ بهذه الرسالة ليكون رمزك في متناول يدك عند التسوّق.',
  codeLabel: 'رمز الخصم',
  applyCode: 'تسوّق باستخدام رمزي',
  applyHint: 'يطبّق الزر الرمز تلقائيًا، ويمكنك أيضًا إدخاله عند الدفع.',
  validUntil: 'صالح حتى {date}.',
  rewardPendingSubject: 'طلب {name} للتو عبر رابطك',
  rewardPendingSubjectNoName: 'طلب أحد أصدقائك للتو عبر رابطك',
  rewardPendingPreheader: 'حصلت على {reward}. شكرًا لترشيحك {brand}!',
  rewardPendingTitle: 'صديقك أتمّ طلبًا',
  rewardPendingBody: 'شكرًا لترشيحك {brand}! أتمّ {name} طلبًا عبر رابطك، فحصلت على {reward}.',
  rewardPendingBodyNoName:
    'شكرًا لترشيحك {brand}! أتمّ أحد أصدقائك طلبًا عبر رابطك، فحصلت على {reward}.',
  rewardPendingWait: 'تُؤكَّد مكافأتك بعد انتهاء فترة الإرجاع، في حدود {date}. سنراسلك حينها.',
  shareAgain: 'شارك رابطك مرة أخرى',
  rewardApprovedSubject: 'مكافأتك جاهزة: {reward}',
  rewardApprovedPreheader: 'شكرًا لأنك أخبرت أصدقاءك عن {brand}.',
  rewardApprovedTitle: 'مكافأتك جاهزة',
  rewardApprovedBody: 'تم تأكيد مكافأتك البالغة {reward}. شكرًا لأنك أخبرت أصدقاءك عن {brand}!',
  rewardCodeLabel: 'رمز مكافأتك',
  shopNow: 'تسوّق الآن',
  keepSharing: 'هل تعرف شخصًا آخر قد يعجبه {brand}؟ رابطك الشخصي ما زال يعمل:',
  detractorSubject: 'تنبيه عميل غير راضٍ: {score}/10 من {customer}',
  detractorSubjectAnonymous: 'تنبيه عميل غير راضٍ: قيّم عميل {score}/10',
  detractorPreheader: 'تواصل معه الآن: الرد السريع والشخصي قد يستعيد ثقته.',
  detractorTitle: 'عميل غير راضٍ',
  detractorBody: 'أجاب {customer} بـ {score} من 10 عن مدى احتمال أن يرشّح {brand}.',
  detractorBodyAnonymous: 'أجاب أحد العملاء بـ {score} من 10 عن مدى احتمال أن يرشّح {brand}.',
  detractorComment: 'ما كتبه العميل',
  detractorNoComment: 'لم يترك العميل تعليقًا.',
  detractorOrder: 'الطلب: {order}',
  detractorAdvice:
    'ردّ عليه شخصيًا خلال يوم. اسأله عمّا لم يكن على ما يرام وكيف يمكن إصلاحه؛ فالعملاء غير الراضين الذين يتلقون ردًا سريعًا كثيرًا ما يغيّرون رأيهم.',
  detractorReply: 'الرد على العميل',
  unsubscribeTitle: 'تفضيلات البريد الإلكتروني',
  unsubscribeQuestion: 'ما الرسائل التي تريد إيقافها من {brand} إلى {address}؟',
  unsubscribeMarketing: 'إيقاف الاستطلاعات والعروض',
  unsubscribeMarketingHint:
    'لن تصلك استطلاعات أو دعوات لترشيحنا بعد الآن. ستظل تصلك الرسائل الخاصة برموزك ومكافآتك.',
  unsubscribeAll: 'إيقاف كل الرسائل',
  unsubscribeAllHint: 'لن تصلك أي رسالة من {brand}، بما في ذلك رموزك ومكافآتك.',
  unsubscribeDoneMarketing:
    'تم. لن يرسل إليك {brand} استطلاعات أو عروضًا بعد الآن. ستظل تصلك الرسائل الخاصة برموزك ومكافآتك.',
  unsubscribeDoneAll: 'تم. لن يرسل {brand} أي رسالة إلى {address} بعد الآن.',
  unsubscribeInvalid:
    'رابط إلغاء الاشتراك هذا غير صالح. يُرجى استخدام الرابط الموجود في أحدث رسالة منا.',
};
