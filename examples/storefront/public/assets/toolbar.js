// The demo toolbar: tools for trying Grapevine out. A real shop has none of this.
import { grapevineEndpoint, signCustomer, siteKey } from './identify.js';
import { currentCustomer, formatMoney, refundLastOrder } from './shop.js';

const CLOCK_KEY = 'fika:clock-offset-days';
const LOCALES = [
  ['en', 'English'],
  ['da', 'Dansk'],
  ['nb', 'Norsk bokmål'],
  ['fi', 'Suomi'],
  ['ja', '日本語'],
  ['zh-CN', '简体中文'],
];

function clockOffsetDays() {
  return Number(localStorage.getItem(CLOCK_KEY) ?? 0) || 0;
}

async function jumpClock(days) {
  // The reference server's demo clock moves too (attribution and return windows).
  const response = await fetch(`${grapevineEndpoint()}/demo/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceDays: days }),
  }).catch(() => undefined);
  if (!response?.ok) console.warn('The demo server did not move its clock.');
  localStorage.setItem(CLOCK_KEY, String(clockOffsetDays() + days));
  location.reload();
}

function resetVisitor() {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) {
      if (key.startsWith('grapevine') || key.startsWith('fika:')) storage.removeItem(key);
    }
  }
  location.href = '/';
}

async function openAsFriend() {
  // The signed-in customer's personal link (get-or-create, as the widget does), opened on the
  // shop's other host name (127.0.0.1 ↔ localhost): another origin has its own storage, so
  // the friend is a new visitor, as on another device.
  try {
    const advocate = await signCustomer(currentCustomer());
    const response = await fetch(`${grapevineEndpoint()}/v1/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-grapevine-site-key': siteKey() },
      body: JSON.stringify({ advocate }),
    });
    if (!response.ok) throw new Error(`referrals: HTTP ${response.status}`);
    const url = new URL((await response.json()).url, location.href);
    url.hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    window.open(url, '_blank', 'noopener');
  } catch (error) {
    console.warn('Could not get the friend link:', error);
  }
}

async function refundLast() {
  // The shop's backend refunds its last order and tells Grapevine, server to server; the
  // advocate's reward is voided (or reversed, if it was already approved).
  try {
    const refund = await refundLastOrder();
    news.textContent = `Refunded ${refund.orderId} (${formatMoney(refund.amountMinor / 100)})`;
  } catch (error) {
    news.textContent = error.message;
  }
}

function switchLocale(locale) {
  localStorage.setItem('fika:locale', locale);
  location.reload();
}

function toggleTheme() {
  const dark = document.documentElement.dataset.theme !== 'dark';
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  localStorage.setItem('fika:theme', dark ? 'dark' : 'light');
  location.reload();
}

async function showExplain() {
  const existing = document.querySelector('.demo-explain');
  if (existing) {
    existing.remove();
    return;
  }
  const panel = document.createElement('pre');
  panel.className = 'demo-explain';
  panel.tabIndex = 0;
  panel.setAttribute('aria-label', 'Why each prompt shows or not');
  // grapevine('explain') answers a promise once the script has loaded (it wakes the rules).
  const explanations = window.grapevine?.loaded ? await window.grapevine('explain') : undefined;
  panel.textContent = explanations
    ? JSON.stringify(explanations, null, 2)
    : 'Grapevine has not loaded yet.';
  document.body.append(panel);
  panel.focus();
}

function button(label, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

const bar = document.createElement('aside');
bar.className = 'demo-toolbar';
bar.setAttribute('aria-label', 'Demo toolbar');
const title = document.createElement('strong');
title.textContent = 'Grapevine demo';
const clock = document.createElement('output');
clock.textContent = `clock +${clockOffsetDays()} d`;
const news = document.createElement('span');
news.setAttribute('role', 'status');
news.className = 'demo-news';
const locale = document.createElement('select');
locale.setAttribute('aria-label', 'Language');
const current = localStorage.getItem('fika:locale') ?? 'en';
for (const [code, name] of LOCALES) locale.add(new Option(name, code, false, code === current));
locale.addEventListener('change', () => switchLocale(locale.value));
bar.append(
  title,
  button('Reset visitor', resetVisitor),
  button('+1 day', () => jumpClock(1)),
  button('+14 days', () => jumpClock(14)),
  button('+30 days', () => jumpClock(30)),
  clock,
  button('Open as a friend', openAsFriend),
  button('Refund last order', refundLast),
  news,
  locale,
  button(
    document.documentElement.dataset.theme === 'dark' ? 'Light mode' : 'Dark mode',
    toggleTheme,
  ),
  button('explain()', showExplain),
);
document.body.append(bar);
