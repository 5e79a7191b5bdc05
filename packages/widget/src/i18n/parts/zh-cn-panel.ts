// Generated from catalogs/zh-cn.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Simplified Chinese for the programme panel.
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `


















送好友{friend}，你也得{advocate}



{value}优惠
你的专属链接
复制
已复制
链接已复制到剪贴板。
链接已选中，请用键盘或菜单复制。
分享到
正在获取你的链接…




我很喜欢{brand}，相信你也会喜欢。通过这个链接，首单可享{friend}：{url}
通过这个链接，首单可享{friend}：{url}
推荐你看看：{url}
送你{friend}
推荐你看看

























推荐好友
如何参与
把你的专属链接分享给朋友。
好友首单可享{friend}。
好友下单后，你可获得{advocate}。
登录后即可获取你的专属链接并查看奖励。
登录
暂时无法加载你的推荐信息，请稍后再试。
我的推荐
链接点击次数
已加入的好友
已下单的好友
已获得奖励
待发放奖励
更多…
邮件
短信`;
