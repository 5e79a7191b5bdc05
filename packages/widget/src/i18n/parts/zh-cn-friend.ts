// Generated from catalogs/zh-cn.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Simplified Chinese for the friend offer.
// One `key=text` message a line.
export const messages = `close=关闭
done=完成
off={value}优惠
copy=复制
copied=已复制
copyManual=链接已选中，请用键盘或菜单复制。
terms=适用条款
friendTitle={name}送你{friend}
friendTitleNoName=一位好友送你{friend}
friendBody=可用于你在{brand}的首单。输入邮箱即可领取优惠码。
friendBodyNoBrand=可用于你的首单。输入邮箱即可领取优惠码。
friendValidUntil=有效期至{date}。
emailLabel=你的邮箱
claim=领取优惠码
claiming=正在领取…
retry=重试
emailInvalid=请输入有效的邮箱地址，例如 name@example.com。
claimFailed=暂时无法连接到商店。你的邮箱已保留，请重试。
couponTitle=这是你的优惠码
couponBody=结账时使用，即可享{friend}。
couponLabel=你的优惠码
applyCode=使用优惠码购物
couponReady=你的优惠码 {code} 已准备好。
codeCopied=优惠码已复制到剪贴板。
welcomeTitle=欢迎来到{brand}！
welcomeTitleNoBrand=欢迎！
offerInvalid=这个推荐链接无效，不过欢迎你随便逛逛。
offerSelf=这是你自己的推荐链接：分享给朋友，他们下单后你就能获得奖励。
offerExpired=这个优惠已过期，不过欢迎你随便逛逛。
offerUsed=这个优惠已经被领完了。
offerLoading=正在加载优惠…
offerFailed=暂时无法加载这个优惠，请稍后再试。`;
