// Demo only: the toolbar's "+N days" shifts this page's clock, so snoozes and "14 days after
// the purchase" can be tried in a minute. The reference server's demo clock moves with it.
// Loaded in <head>, before Grapevine; a real shop has nothing like it.
const days = Number(localStorage.getItem('fika:clock-offset-days') ?? 0);
if (Number.isFinite(days) && days !== 0) {
  const offset = days * 86_400_000;
  const realNow = Date.now.bind(Date);
  Date.now = () => realNow() + offset;
}
