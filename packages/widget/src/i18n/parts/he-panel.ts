// Generated from catalogs/he.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Hebrew for the programme panel.
// One `key=text` message a line.
export const messages = `referralTitle=תנו {friend}, קבלו {advocate}
off={value} הנחה
linkLabel=הקישור האישי שלכם
copy=העתקה
copied=הועתק
copiedStatus=הקישור הועתק.
copyManual=הקישור מסומן: אפשר להעתיק אותו במקלדת או דרך התפריט.
shareVia=שיתוף דרך
linkLoading=הקישור שלכם בדרך…
shareText=גיליתי את {brand} ונראה לי שגם לך זה יתאים. הנה {friend} להזמנה הראשונה שלך: {url}
shareTextNoBrand=הנה {friend} להזמנה הראשונה שלך: {url}
shareTextNoOffer=שווה להציץ: {url}
shareSubject={friend} בשבילך
shareSubjectNoOffer=שווה להציץ
panelTitle=חבר מביא חבר
panelSteps=איך זה עובד
panelStep1=משתפים את הקישור האישי עם חברים.
panelStep2=הם מקבלים {friend} בהזמנה הראשונה.
panelStep3=אתם מקבלים {advocate} כשהם קונים.
panelSignIn=התחברו כדי לקבל קישור אישי ולראות את ההטבות שצברתם.
signIn=התחברות
panelLoadFailed=לא הצלחנו לטעון את פרטי ההמלצות שלכם כרגע. כדאי לנסות שוב מאוחר יותר.
statsTitle=ההמלצות שלכם
statClicks=לחיצות על הקישור
statJoined=חברים שהצטרפו
statPurchases=חברים שקנו
statEarned=הטבות שנצברו
statPending=הטבות בהמתנה
native=עוד…
email=אימייל
sms=הודעת SMS`;
