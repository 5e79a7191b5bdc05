// The demo toolbar: tools for trying Grapevine out. A real shop has none of this.
import { grapevineEndpoint } from './identify.js';

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
  const total = clockOffsetDays() + days;
  // The reference server's demo clock moves too (attribution and return windows).
  const response = await fetch(`${grapevineEndpoint()}/demo/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offsetDays: total }),
  }).catch(() => undefined);
  if (!response?.ok) console.warn('The demo server did not move its clock.');
  localStorage.setItem(CLOCK_KEY, String(total));
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
  // The friend link of the demo customer, opened with a fresh visitor id.
  const response = await fetch(`${grapevineEndpoint()}/demo/friend-link`).catch(() => undefined);
  const link = response?.ok ? (await response.json()).url : undefined;
  if (!link) {
    alert('Buy something and answer the NPS question with 9 or 10 first: that creates your link.');
    return;
  }
  const url = new URL(link, location.href);
  url.searchParams.set('grapevine_visitor', 'new');
  window.open(url, '_blank', 'noopener');
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

function showExplain() {
  const existing = document.querySelector('.demo-explain');
  if (existing) {
    existing.remove();
    return;
  }
  const panel = document.createElement('pre');
  panel.className = 'demo-explain';
  panel.tabIndex = 0;
  panel.setAttribute('aria-label', 'Why each prompt shows or not');
  const handle = window.grapevine;
  const explanations = typeof handle?.explain === 'function' ? handle.explain() : undefined;
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
  locale,
  button(
    document.documentElement.dataset.theme === 'dark' ? 'Light mode' : 'Dark mode',
    toggleTheme,
  ),
  button('explain()', showExplain),
);
document.body.append(bar);
