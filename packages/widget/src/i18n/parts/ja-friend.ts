// Generated from catalogs/ja.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Japanese for the friend offer.
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `閉じる

















完了




{value}オフ

コピー
コピーしました

リンクを選択しました。キーボードかメニューからコピーしてください。





適用条件





{name}さんから{friend}のプレゼント
お友だちから{friend}のプレゼント
{brand}での初回のご注文にお使いいただけます。メールアドレスを入力して、コードを受け取ってください。
初回のご注文にお使いいただけます。メールアドレスを入力して、コードを受け取ってください。
有効期限：{date}
メールアドレス
コードを受け取る
コードを取得しています…
もう一度試す
name@example.com のような形式で、メールアドレスを入力してください。
ショップに接続できませんでした。メールアドレスは入力されたままですので、もう一度お試しください。
あなたのコードです
お会計のときに使うと、{friend}になります。
クーポンコード
コードを使って買い物する
コード {code} をご用意しました。
コードをクリップボードにコピーしました。
{brand}へようこそ！
ようこそ！
この紹介リンクは無効です。どうぞごゆっくりご覧ください。
これはあなた自身の紹介リンクです。お友だちにシェアすると、お友だちのご注文後にあなたに特典が届きます。
この特典は有効期限が切れています。どうぞごゆっくりご覧ください。
この特典は、すでに上限に達しました。
特典を読み込んでいます…
特典を読み込めませんでした。しばらくしてから、もう一度お試しください。`;
