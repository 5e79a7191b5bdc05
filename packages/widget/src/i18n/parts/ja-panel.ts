// Generated from catalogs/ja.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Japanese for the programme panel.
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `


















お友だちに{friend}、あなたにも{advocate}



{value}オフ
あなた専用の紹介リンク
コピー
コピーしました
リンクをクリップボードにコピーしました。
リンクを選択しました。キーボードかメニューからコピーしてください。
シェアする
リンクを取得しています…




{brand}、おすすめだよ。このリンクから初回の注文が{friend}になるよ：{url}
このリンクから初回の注文が{friend}になるよ：{url}
よかったら見てみて：{url}
あなたに{friend}のプレゼント
よかったら見てみて

























お友だちを紹介する
ご利用の流れ
あなた専用のリンクをお友だちにシェアします。
お友だちは初回のご注文が{friend}になります。
お友だちが購入すると、あなたに{advocate}の特典が届きます。
ログインすると、あなた専用のリンクと特典の状況を確認できます。
ログイン
紹介情報を読み込めませんでした。しばらくしてから、もう一度お試しください。
紹介の状況
リンクのクリック数
登録したお友だち
購入したお友だち
獲得した特典
確定待ちの特典
その他…
メール
SMS`;
