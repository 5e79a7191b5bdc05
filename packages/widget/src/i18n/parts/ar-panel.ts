// Generated from catalogs/ar.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Arabic for the programme panel.
// One `key=text` message a line.
export const messages = `referralTitle=أهدِ أصدقاءك {friend} واحصل على {advocate}
off=خصم {value}
linkLabel=رابطك الخاص
copy=نسخ
copied=تم النسخ
copiedStatus=تم نسخ الرابط.
copyManual=الرابط محدَّد: انسخه من لوحة المفاتيح أو من القائمة.
shareVia=شارك عبر
linkLoading=جارٍ تجهيز رابطك…
shareText=أحب {brand} وأظنه سيعجبك أيضًا. إليك {friend} على أول طلب لك: {url}
shareTextNoBrand=إليك {friend} على أول طلب لك: {url}
shareTextNoOffer=ألقِ نظرة على هذا: {url}
shareSubject=هدية لك: {friend}
shareSubjectNoOffer=ألقِ نظرة على هذا
panelTitle=ادعُ أصدقاءك
panelSteps=كيف يعمل البرنامج
panelStep1=شارك رابطك الخاص مع أصدقائك.
panelStep2=يحصلون على {friend} في أول طلب لهم.
panelStep3=تحصل على {advocate} عندما يشترون.
panelSignIn=سجّل الدخول لتحصل على رابطك الخاص وتتابع مكافآتك.
signIn=تسجيل الدخول
panelLoadFailed=تعذّر تحميل تفاصيل دعواتك الآن. يُرجى المحاولة لاحقًا.
statsTitle=دعواتك
statClicks=النقرات على الرابط
statJoined=أصدقاء انضموا
statPurchases=أصدقاء اشتروا
statEarned=مكافآت حصلت عليها
statPending=مكافآت قيد الانتظار
native=المزيد…
email=البريد الإلكتروني
sms=رسالة نصية`;
