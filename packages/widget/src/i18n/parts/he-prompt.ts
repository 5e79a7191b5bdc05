// Generated from catalogs/he.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Hebrew for the post-purchase prompts (NPS and referral).
// One `key=text` message a line.
export const messages = `close=סגירה
npsQuestion=עד כמה סביר שתמליצו על {brand} לחבר או לעמית לעבודה?
npsQuestionNoBrand=עד כמה סביר שתמליצו עלינו לחבר או לעמית לעבודה?
npsLow=בכלל לא סביר
npsHigh=סביר מאוד
npsNext=הבא
followPromoter=מה הכי אהבתם?
followPassive=מה חסר כדי שזה יהיה 10?
followDetractor=מה השתבש?
followHint=לא חובה, אבל משפט או שניים יעזרו לנו מאוד.
send=שליחה
skip=דילוג
thanksTitle=תודה רבה!
thanksBody=המשוב שלכם עוזר ל־{brand} להשתפר.
thanksBodyNoBrand=המשוב שלכם עוזר לנו להשתפר.
promoterTitle=שמחים שאתם אוהבים את {brand}!
promoterTitleNoBrand=שמחים שנהניתם!
review=כתיבת ביקורת
done=סיום
referralTitle=תנו {friend}, קבלו {advocate}
referralBody=החברים שלכם יקבלו {friend} בהזמנה הראשונה שלהם, ואתם תקבלו {advocate} בהזמנה הבאה שלכם כשהם יקנו.
referralTitleNoOffer=ספרו לחברים
referralBodyNoOffer=שתפו את הקישור האישי שלכם עם חברים שגם להם זה יתאים.
off={value} הנחה
linkLabel=הקישור האישי שלכם
copy=העתקה
copied=הועתק
copiedStatus=הקישור הועתק.
copyManual=הקישור מסומן: אפשר להעתיק אותו במקלדת או דרך התפריט.
shareVia=שיתוף דרך
linkLoading=הקישור שלכם בדרך…
linkFailed=לא הצלחנו לטעון את הקישור שלכם כרגע. כדאי לנסות שוב מאוחר יותר.
notNow=לא עכשיו
optOut=לא לשאול שוב
terms=בכפוף לתנאים
shareText=גיליתי את {brand} ונראה לי שגם לך זה יתאים. הנה {friend} להזמנה הראשונה שלך: {url}
shareTextNoBrand=הנה {friend} להזמנה הראשונה שלך: {url}
shareTextNoOffer=שווה להציץ: {url}
shareSubject={friend} בשבילך
shareSubjectNoOffer=שווה להציץ
native=עוד…
email=אימייל
sms=הודעת SMS`;
