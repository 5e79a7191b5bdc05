// Generated from catalogs/ja.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Japanese for the programme panel.
// One `key=text` message a line.
export const messages = `referralTitle=お友だちに{friend}、あなたにも{advocate}
off={value}オフ
linkLabel=あなた専用の紹介リンク
copy=コピー
copied=コピーしました
copiedStatus=リンクをクリップボードにコピーしました。
copyManual=リンクを選択しました。キーボードかメニューからコピーしてください。
shareVia=シェアする
linkLoading=リンクを取得しています…
shareText={brand}、おすすめだよ。このリンクから初回の注文が{friend}になるよ：{url}
shareTextNoBrand=このリンクから初回の注文が{friend}になるよ：{url}
shareTextNoOffer=よかったら見てみて：{url}
shareSubject=あなたに{friend}のプレゼント
shareSubjectNoOffer=よかったら見てみて
panelTitle=お友だちを紹介する
panelSteps=ご利用の流れ
panelStep1=あなた専用のリンクをお友だちにシェアします。
panelStep2=お友だちは初回のご注文が{friend}になります。
panelStep3=お友だちが購入すると、あなたに{advocate}の特典が届きます。
panelSignIn=ログインすると、あなた専用のリンクと特典の状況を確認できます。
signIn=ログイン
panelLoadFailed=紹介情報を読み込めませんでした。しばらくしてから、もう一度お試しください。
statsTitle=紹介の状況
statClicks=リンクのクリック数
statJoined=登録したお友だち
statPurchases=購入したお友だち
statEarned=獲得した特典
statPending=確定待ちの特典
native=その他…
email=メール
sms=SMS`;
