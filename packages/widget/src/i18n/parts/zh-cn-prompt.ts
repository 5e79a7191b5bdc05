// Generated from catalogs/zh-cn.ts and surface-messages.ts by test/i18n/parts.test.ts:
// do not edit; run `pnpm vitest run --project widget packages/widget/test/i18n/parts -u`.
// Simplified Chinese for the post-purchase prompts (NPS and referral).
// One message a line in en.ts's key order; an empty line is a message of another part.
export const messages = `关闭
你有多大可能向朋友或同事推荐{brand}？
你有多大可能向朋友或同事推荐我们？
完全不可能
非常可能
下一步
你最喜欢哪一点？
怎样才能让你打 10 分？
哪里让你不满意？
选填：写一两句就对我们很有帮助。
提交
跳过
谢谢！
你的反馈会帮助{brand}做得更好。
你的反馈会帮助我们做得更好。
很高兴你喜欢{brand}！
很高兴你喜欢我们！
写评价
完成
送好友{friend}，你也得{advocate}
好友首单可享{friend}。好友下单后，你的下一单也可享{advocate}。
推荐给好友
把你的专属链接分享给可能也会喜欢的朋友。
{value}优惠
你的专属链接
复制
已复制
链接已复制到剪贴板。
链接已选中，请用键盘或菜单复制。
分享到
正在获取你的链接…
暂时无法加载你的链接，请稍后再试。
以后再说
不再询问
适用条款
我很喜欢{brand}，相信你也会喜欢。通过这个链接，首单可享{friend}：{url}
通过这个链接，首单可享{friend}：{url}
推荐你看看：{url}
送你{friend}
推荐你看看







































更多…
邮件
短信`;
