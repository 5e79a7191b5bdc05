// Generated from catalogs/zh-cn.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Simplified Chinese for the post-purchase prompts (NPS and referral).
// One `key=text` message a line.
export const messages = `close=关闭
npsQuestion=你有多大可能向朋友或同事推荐{brand}？
npsQuestionNoBrand=你有多大可能向朋友或同事推荐我们？
npsLow=完全不可能
npsHigh=非常可能
npsNext=下一步
followPromoter=你最喜欢哪一点？
followPassive=怎样才能让你打 10 分？
followDetractor=哪里让你不满意？
followHint=选填：写一两句就对我们很有帮助。
send=提交
skip=跳过
thanksTitle=谢谢！
thanksBody=你的反馈会帮助{brand}做得更好。
thanksBodyNoBrand=你的反馈会帮助我们做得更好。
promoterTitle=很高兴你喜欢{brand}！
promoterTitleNoBrand=很高兴你喜欢我们！
review=写评价
done=完成
referralTitle=送好友{friend}，你也得{advocate}
referralBody=好友首单可享{friend}。好友下单后，你的下一单也可享{advocate}。
referralTitleNoOffer=推荐给好友
referralBodyNoOffer=把你的专属链接分享给可能也会喜欢的朋友。
off={value}优惠
linkLabel=你的专属链接
copy=复制
copied=已复制
copiedStatus=链接已复制到剪贴板。
copyManual=链接已选中，请用键盘或菜单复制。
shareVia=分享到
linkLoading=正在获取你的链接…
linkFailed=暂时无法加载你的链接，请稍后再试。
notNow=以后再说
optOut=不再询问
terms=适用条款
shareText=我很喜欢{brand}，相信你也会喜欢。通过这个链接，首单可享{friend}：{url}
shareTextNoBrand=通过这个链接，首单可享{friend}：{url}
shareTextNoOffer=推荐你看看：{url}
shareSubject=送你{friend}
shareSubjectNoOffer=推荐你看看
native=更多…
email=邮件
sms=短信`;
