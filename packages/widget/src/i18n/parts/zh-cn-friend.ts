// Generated from catalogs/zh-cn.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Simplified Chinese for the friend offer.
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `关闭

















完成




{value}优惠

复制
已复制

链接已选中，请用键盘或菜单复制。





适用条款





{name}送你{friend}
一位好友送你{friend}
可用于你在{brand}的首单。输入邮箱即可领取优惠码。
可用于你的首单。输入邮箱即可领取优惠码。
有效期至{date}。
你的邮箱
领取优惠码
正在领取…
重试
请输入有效的邮箱地址，例如 name@example.com。
暂时无法连接到商店。你的邮箱已保留，请重试。
这是你的优惠码
结账时使用，即可享{friend}。
你的优惠码
使用优惠码购物
你的优惠码 {code} 已准备好。
优惠码已复制到剪贴板。
欢迎来到{brand}！
欢迎！
这个推荐链接无效，不过欢迎你随便逛逛。
这是你自己的推荐链接：分享给朋友，他们下单后你就能获得奖励。
这个优惠已过期，不过欢迎你随便逛逛。
这个优惠已经被领完了。
正在加载优惠…
暂时无法加载这个优惠，请稍后再试。`;
