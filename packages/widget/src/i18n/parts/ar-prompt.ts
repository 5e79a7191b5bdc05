// Generated from catalogs/ar.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Arabic for the post-purchase prompts (NPS and referral).
// One `key=text` message a line.
export const messages = `close=إغلاق
npsQuestion=ما مدى احتمال أن ترشّح {brand} لصديق أو زميل؟
npsQuestionNoBrand=ما مدى احتمال أن ترشّحنا لصديق أو زميل؟
npsLow=غير محتمل
npsHigh=محتمل جدًا
npsNext=التالي
followPromoter=ما أكثر ما أعجبك؟
followPassive=ما الذي ينقصنا لتمنحنا 10؟
followDetractor=ما الذي لم يكن على ما يرام؟
followHint=اختياري: جملة أو جملتان تفيداننا كثيرًا.
send=إرسال
skip=تخطي
thanksTitle=شكرًا لك!
thanksBody=ملاحظاتك تساعد {brand} على التحسّن.
thanksBodyNoBrand=ملاحظاتك تساعدنا على التحسّن.
promoterTitle=يسعدنا أنك تحب {brand}!
promoterTitleNoBrand=يسعدنا أن تجربتك معنا أعجبتك!
review=اكتب تقييمًا
done=تم
referralTitle=أهدِ أصدقاءك {friend} واحصل على {advocate}
referralBody=يحصل أصدقاؤك على {friend} في أول طلب لهم، وتحصل أنت على {advocate} في طلبك التالي عندما يشترون.
referralTitleNoOffer=أخبر أصدقاءك عنّا
referralBodyNoOffer=شارك رابطك الخاص مع أصدقاء قد يعجبهم ما نقدّمه أيضًا.
off=خصم {value}
linkLabel=رابطك الخاص
copy=نسخ
copied=تم النسخ
copiedStatus=تم نسخ الرابط.
copyManual=الرابط محدَّد: انسخه من لوحة المفاتيح أو من القائمة.
shareVia=شارك عبر
linkLoading=جارٍ تجهيز رابطك…
linkFailed=تعذّر تحميل رابطك الآن. يُرجى المحاولة لاحقًا.
notNow=ليس الآن
optOut=لا تسألني مجددًا
terms=تُطبَّق الشروط
shareText=أحب {brand} وأظنه سيعجبك أيضًا. إليك {friend} على أول طلب لك: {url}
shareTextNoBrand=إليك {friend} على أول طلب لك: {url}
shareTextNoOffer=ألقِ نظرة على هذا: {url}
shareSubject=هدية لك: {friend}
shareSubjectNoOffer=ألقِ نظرة على هذا
native=المزيد…
email=البريد الإلكتروني
sms=رسالة نصية`;
