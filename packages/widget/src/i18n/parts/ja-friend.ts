// Generated from catalogs/ja.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Japanese for the friend offer.
// One `key=text` message a line.
export const messages = `close=閉じる
done=完了
off={value}オフ
copy=コピー
copied=コピーしました
copyManual=リンクを選択しました。キーボードかメニューからコピーしてください。
terms=適用条件
friendTitle={name}さんから{friend}のプレゼント
friendTitleNoName=お友だちから{friend}のプレゼント
friendBody={brand}での初回のご注文にお使いいただけます。メールアドレスを入力して、コードを受け取ってください。
friendBodyNoBrand=初回のご注文にお使いいただけます。メールアドレスを入力して、コードを受け取ってください。
friendValidUntil=有効期限：{date}
emailLabel=メールアドレス
claim=コードを受け取る
claiming=コードを取得しています…
retry=もう一度試す
emailInvalid=name@example.com のような形式で、メールアドレスを入力してください。
claimFailed=ショップに接続できませんでした。メールアドレスは入力されたままですので、もう一度お試しください。
couponTitle=あなたのコードです
couponBody=お会計のときに使うと、{friend}になります。
couponLabel=クーポンコード
applyCode=コードを使って買い物する
couponReady=コード {code} をご用意しました。
codeCopied=コードをクリップボードにコピーしました。
welcomeTitle={brand}へようこそ！
welcomeTitleNoBrand=ようこそ！
offerInvalid=この紹介リンクは無効です。どうぞごゆっくりご覧ください。
offerSelf=これはあなた自身の紹介リンクです。お友だちにシェアすると、お友だちのご注文後にあなたに特典が届きます。
offerExpired=この特典は有効期限が切れています。どうぞごゆっくりご覧ください。
offerUsed=この特典は、すでに上限に達しました。
offerLoading=特典を読み込んでいます…
offerFailed=特典を読み込めませんでした。しばらくしてから、もう一度お試しください。`;
