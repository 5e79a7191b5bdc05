// Generated from catalogs/he.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Hebrew for the friend offer.
// One `key=text` message a line.
export const messages = `close=סגירה
done=סיום
off={value} הנחה
copy=העתקה
copied=הועתק
copyManual=הקישור מסומן: אפשר להעתיק אותו במקלדת או דרך התפריט.
terms=בכפוף לתנאים
friendTitle=מתנה מ־{name}: {friend}
friendTitleNoName=מתנה מחבר: {friend}
friendBody=ההטבה היא להזמנה הראשונה שלכם ב־{brand}. הזינו אימייל כדי לקבל את הקוד.
friendBodyNoBrand=ההטבה היא להזמנה הראשונה שלכם. הזינו אימייל כדי לקבל את הקוד.
friendValidUntil=בתוקף עד {date}.
emailLabel=האימייל שלכם
claim=לקבלת הקוד
claiming=הקוד שלכם בדרך…
retry=ניסיון נוסף
emailInvalid=יש להזין כתובת אימייל תקינה, למשל name@example.com
claimFailed=לא הצלחנו להתחבר לחנות כרגע. האימייל שלכם עדיין כאן, אפשר לנסות שוב.
couponTitle=הנה הקוד שלכם
couponBody=השתמשו בו בקופה כדי לקבל {friend}.
couponLabel=הקוד שלכם
applyCode=לקנות עם הקוד שלי
couponReady=הקוד {code} מוכן.
codeCopied=הקוד הועתק.
welcomeTitle=ברוכים הבאים ל־{brand}!
welcomeTitleNoBrand=ברוכים הבאים!
offerInvalid=קישור ההמלצה הזה אינו בתוקף, אבל אתם מוזמנים להתרשם מהחנות.
offerSelf=זה קישור ההמלצה שלכם: שתפו אותו עם חברים, ותקבלו את ההטבה כשהם יזמינו.
offerExpired=תוקף ההטבה פג, אבל אתם מוזמנים להתרשם מהחנות.
offerUsed=כבר נעשה שימוש בהטבה הזו.
offerLoading=טוענים את ההטבה…
offerFailed=לא הצלחנו לטעון את ההטבה כרגע. כדאי לנסות שוב מאוחר יותר.`;
