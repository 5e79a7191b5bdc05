import type { MailMessages } from './en.js';

/** Japanese. */
export const ja: MailMessages = {
  footerTransactional: '{brand}でのご注文と特典についてのお知らせです。',
  footerMarketing: '{brand}でお買い物いただいたお客さまにお送りしています。',
  footerAlert: 'Grapevine から{brand}のサポート窓口宛てに送信しました。',
  labelValue: '{label}：{value}',
  unsubscribe: '配信停止',
  unsubscribeText: '配信停止：{url}',
  off: '{value}オフ',
  friendCouponSubject: '{brand}で使える{friend}のコードです',
  friendCouponPreheader: 'このメールを保存してください。コードは {code} です。',
  friendCouponTitle: 'あなたのコードです',
  friendCouponBody:
    '{name}さんから、{brand}での初回のご注文に使える{friend}のプレゼントが届きました。お買い物のときにすぐ使えるよう、このメールを保存しておいてください。',
  friendCouponBodyNoName:
    'お友だちから、{brand}での初回のご注文に使える{friend}のプレゼントが届きました。お買い物のときにすぐ使えるよう、このメールを保存しておいてください。',
  codeLabel: 'クーポンコード',
  applyCode: 'コードを使って買い物する',
  applyHint: 'ボタンを押すとコードが自動で適用されます。お会計時に入力することもできます。',
  validUntil: '有効期限：{date}',
  rewardPendingSubject: '{name}さんがあなたのリンクからご注文されました',
  rewardPendingSubjectNoName: 'お友だちがあなたのリンクからご注文されました',
  rewardPendingPreheader:
    '{reward}の特典を獲得しました。{brand}をご紹介いただきありがとうございます。',
  rewardPendingTitle: 'お友だちがご注文されました',
  rewardPendingBody:
    '{brand}をご紹介いただきありがとうございます。{name}さんがあなたのリンクからご注文されたので、{reward}の特典を獲得しました。',
  rewardPendingBodyNoName:
    '{brand}をご紹介いただきありがとうございます。お友だちがあなたのリンクからご注文されたので、{reward}の特典を獲得しました。',
  rewardPendingWait:
    '特典は返品期間が終わる{date}ごろに確定します。確定しましたらメールでお知らせします。',
  shareAgain: 'もう一度リンクをシェアする',
  rewardApprovedSubject: '特典の準備ができました：{reward}',
  rewardApprovedPreheader: 'お友だちに{brand}をご紹介いただきありがとうございます。',
  rewardApprovedTitle: '特典の準備ができました',
  rewardApprovedBody:
    '{reward}の特典が確定しました。お友だちに{brand}をご紹介いただき、ありがとうございます。',
  rewardCodeLabel: '特典コード',
  shopNow: 'お買い物をする',
  keepSharing:
    '{brand}を気に入りそうな方がほかにもいませんか？あなた専用のリンクは引き続きご利用いただけます。',
  detractorSubject: '批判者のアラート：{customer}さんから {score}/10',
  detractorSubjectAnonymous: '批判者のアラート：お客さまから {score}/10',
  detractorPreheader: '早めのご連絡を。迅速で個別の対応が信頼回復につながります。',
  detractorTitle: 'ご不満を感じているお客さまがいます',
  detractorBody: '{customer}さんは、{brand}をすすめる可能性について10点中{score}点と回答しました。',
  detractorBodyAnonymous:
    'あるお客さまが、{brand}をすすめる可能性について10点中{score}点と回答しました。',
  detractorComment: 'お客さまのコメント',
  detractorNoComment: 'コメントはありませんでした。',
  detractorOrder: 'ご注文：{order}',
  detractorAdvice:
    '1日以内に個別にご返信ください。何が問題だったのか、どうすれば解決できるのかを伺いましょう。すぐに対応を受けた批判者は、好意的に変わることがよくあります。',
  detractorReply: 'お客さまに返信する',
  unsubscribeTitle: 'メール配信の設定',
  unsubscribeQuestion: '{address} 宛ての{brand}からのメールのうち、どれを停止しますか？',
  unsubscribeMarketing: 'アンケートとご案内を停止',
  unsubscribeMarketingHint:
    'アンケートやご紹介のお願いは届かなくなります。ご自身のコードや特典に関するメールは引き続き届きます。',
  unsubscribeAll: 'すべてのメールを停止',
  unsubscribeAllHint: 'コードや特典のお知らせを含め、{brand}からのメールはすべて届かなくなります。',
  unsubscribeDoneMarketing:
    '設定しました。{brand}からアンケートやご案内は届きません。ご自身のコードや特典に関するメールは引き続き届きます。',
  unsubscribeDoneAll: '設定しました。{brand}から {address} 宛てにメールが届くことはありません。',
  unsubscribeInvalid:
    'この配信停止リンクは無効です。最新のメールに記載されたリンクをご利用ください。',
};
