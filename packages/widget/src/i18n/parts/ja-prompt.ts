// Generated from catalogs/ja.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Japanese for the post-purchase prompts (NPS and referral).
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `閉じる
{brand}を友人や同僚にすすめる可能性は、どのくらいありますか？
私たちを友人や同僚にすすめる可能性は、どのくらいありますか？
まったくない
非常に高い
次へ
特に気に入っている点を教えてください
10点にするには、何が足りないでしょうか？
どのような点にご不満がありましたか？
任意です。ひとことでも大変参考になります。
送信
スキップ
ありがとうございます！
いただいたご意見は、{brand}のサービス向上に役立てます。
いただいたご意見は、サービス向上に役立てます。
{brand}を気に入っていただけて、うれしいです！
気に入っていただけて、うれしいです！
レビューを書く
完了
お友だちに{friend}、あなたにも{advocate}
お友だちは初回のご注文が{friend}。お友だちが購入すると、あなたも次回のご注文が{advocate}になります。
お友だちに紹介しませんか
気に入ってくれそうなお友だちに、あなた専用のリンクをシェアしてください。
{value}オフ
あなた専用の紹介リンク
コピー
コピーしました
リンクをクリップボードにコピーしました。
リンクを選択しました。キーボードかメニューからコピーしてください。
シェアする
リンクを取得しています…
リンクを読み込めませんでした。しばらくしてから、もう一度お試しください。
今はしない
今後は表示しない
適用条件
{brand}、おすすめだよ。このリンクから初回の注文が{friend}になるよ：{url}
このリンクから初回の注文が{friend}になるよ：{url}
よかったら見てみて：{url}
あなたに{friend}のプレゼント
よかったら見てみて







































その他…
メール
SMS`;
