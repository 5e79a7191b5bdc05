// Generated from catalogs/ja.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Japanese for the post-purchase prompts (NPS and referral).
// One `key=text` message a line.
export const messages = `close=閉じる
npsQuestion={brand}を友人や同僚にすすめる可能性は、どのくらいありますか？
npsQuestionNoBrand=私たちを友人や同僚にすすめる可能性は、どのくらいありますか？
npsLow=まったくない
npsHigh=非常に高い
npsNext=次へ
followPromoter=特に気に入っている点を教えてください
followPassive=10点にするには、何が足りないでしょうか？
followDetractor=どのような点にご不満がありましたか？
followHint=任意です。ひとことでも大変参考になります。
send=送信
skip=スキップ
thanksTitle=ありがとうございます！
thanksBody=いただいたご意見は、{brand}のサービス向上に役立てます。
thanksBodyNoBrand=いただいたご意見は、サービス向上に役立てます。
promoterTitle={brand}を気に入っていただけて、うれしいです！
promoterTitleNoBrand=気に入っていただけて、うれしいです！
review=レビューを書く
done=完了
referralTitle=お友だちに{friend}、あなたにも{advocate}
referralBody=お友だちは初回のご注文が{friend}。お友だちが購入すると、あなたも次回のご注文が{advocate}になります。
referralTitleNoOffer=お友だちに紹介しませんか
referralBodyNoOffer=気に入ってくれそうなお友だちに、あなた専用のリンクをシェアしてください。
off={value}オフ
linkLabel=あなた専用の紹介リンク
copy=コピー
copied=コピーしました
copiedStatus=リンクをクリップボードにコピーしました。
copyManual=リンクを選択しました。キーボードかメニューからコピーしてください。
shareVia=シェアする
linkLoading=リンクを取得しています…
linkFailed=リンクを読み込めませんでした。しばらくしてから、もう一度お試しください。
notNow=今はしない
optOut=今後は表示しない
terms=適用条件
shareText={brand}、おすすめだよ。このリンクから初回の注文が{friend}になるよ：{url}
shareTextNoBrand=このリンクから初回の注文が{friend}になるよ：{url}
shareTextNoOffer=よかったら見てみて：{url}
shareSubject=あなたに{friend}のプレゼント
shareSubjectNoOffer=よかったら見てみて
native=その他…
email=メール
sms=SMS`;
