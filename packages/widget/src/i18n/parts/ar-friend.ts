// Generated from catalogs/ar.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Arabic for the friend offer.
// One `key=text` message a line.
export const messages = `close=إغلاق
done=تم
off=خصم {value}
copy=نسخ
copied=تم النسخ
copyManual=الرابط محدَّد: انسخه من لوحة المفاتيح أو من القائمة.
terms=تُطبَّق الشروط
friendTitle=هدية من {name}: {friend}
friendTitleNoName=هدية من صديق: {friend}
friendBody=الهدية لأول طلب لك من {brand}. أدخل بريدك الإلكتروني لتحصل على رمز الخصم.
friendBodyNoBrand=الهدية لأول طلب لك. أدخل بريدك الإلكتروني لتحصل على رمز الخصم.
friendValidUntil=صالحة حتى {date}.
emailLabel=بريدك الإلكتروني
claim=احصل على الرمز
claiming=جارٍ تجهيز رمزك…
retry=إعادة المحاولة
emailInvalid=أدخل بريدًا إلكترونيًا صحيحًا، مثل name@example.com
claimFailed=تعذّر الاتصال بالمتجر الآن. بريدك الإلكتروني ما زال هنا، فحاول مرة أخرى.
couponTitle=إليك رمز الخصم
couponBody=استخدمه عند الدفع لتحصل على {friend}.
couponLabel=رمز الخصم
applyCode=تسوّق باستخدام رمزي
couponReady=رمزك {code} جاهز.
codeCopied=تم نسخ الرمز.
welcomeTitle=أهلًا بك في {brand}!
welcomeTitleNoBrand=أهلًا بك!
offerInvalid=رابط الدعوة هذا غير صالح، لكن يسعدنا أن تتجوّل في متجرنا.
offerSelf=هذا رابط الدعوة الخاص بك: شاركه مع أصدقائك، وستحصل على مكافأتك عندما يطلبون.
offerExpired=انتهت صلاحية هذا العرض، لكن يسعدنا أن تتجوّل في متجرنا.
offerUsed=تم استخدام هذا العرض من قبل.
offerLoading=جارٍ تحميل العرض…
offerFailed=تعذّر تحميل هذا العرض الآن. يُرجى المحاولة لاحقًا.`;
