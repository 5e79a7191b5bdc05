// Generated from catalogs/zh-cn.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Simplified Chinese for the programme panel.
// One `key=text` message a line.
export const messages = `referralTitle=送好友{friend}，你也得{advocate}
off={value}优惠
linkLabel=你的专属链接
copy=复制
copied=已复制
copiedStatus=链接已复制到剪贴板。
copyManual=链接已选中，请用键盘或菜单复制。
shareVia=分享到
linkLoading=正在获取你的链接…
shareText=我很喜欢{brand}，相信你也会喜欢。通过这个链接，首单可享{friend}：{url}
shareTextNoBrand=通过这个链接，首单可享{friend}：{url}
shareTextNoOffer=推荐你看看：{url}
shareSubject=送你{friend}
shareSubjectNoOffer=推荐你看看
panelTitle=推荐好友
panelSteps=如何参与
panelStep1=把你的专属链接分享给朋友。
panelStep2=好友首单可享{friend}。
panelStep3=好友下单后，你可获得{advocate}。
panelSignIn=登录后即可获取你的专属链接并查看奖励。
signIn=登录
panelLoadFailed=暂时无法加载你的推荐信息，请稍后再试。
statsTitle=我的推荐
statClicks=链接点击次数
statJoined=已加入的好友
statPurchases=已下单的好友
statEarned=已获得奖励
statPending=待发放奖励
native=更多…
email=邮件
sms=短信`;
