// Shared pieces of the browser tests: serve the built UI on 127.0.0.1:0, start Debian's
// Chromium through playwright-core (no browser download), and run axe-core in a page.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { mkdirSync } from 'node:fs';

const here = fileURLToPath(new URL('.', import.meta.url));
export const dist = join(here, '../../dist');
export const outDir = join(here, '../../../.test-output/screens');
const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.png': 'image/png' };

export async function serve() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dist, path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export function chromiumPath() {
  for (const p of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)) {
    if (existsSync(p)) return p;
  }
  throw new Error('Chromium not found: install Debian package "chromium" (the test command does this when root)');
}

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required', ...extraArgs],
  });
}

/** A Y4M video (what Chromium's fake camera plays) of a grey RGBA picture, 2× scaled. */
export function y4mFromRgba(rgba) {
  const w0 = rgba.readUInt32LE(0), h0 = rgba.readUInt32LE(4);
  const w = w0 * 2, h = h0 * 2;
  const y = Buffer.alloc(w * h);
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) y[j * w + i] = rgba[8 + ((j >> 1) * w0 + (i >> 1)) * 4];
  const chroma = Buffer.alloc((w / 2) * (h / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]);
}

/** Audit the page with axe-core (zero violations expected) and keep a screenshot. */
export async function audit(page, name) {
  const { default: assert } = await import('node:assert/strict');
  const { join } = await import('node:path');
  await page.waitForTimeout(100); // let transitions settle
  assert.deepEqual(await axe(page), [], `axe violations on ${name}`);
  await page.screenshot({ path: join(outDir, `${name}.png`) });
}

/** Violations axe-core finds on the page as it is now. */
export async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  });
  return result;
}

/** Open the app in `lang` and sign in as the demo mentor Kari. */
/**
 * A new page at `size` (tablet by default) with a trainee of the demo café signed in by
 * her picture PIN, the screens in `lang`. With `clock`, Playwright owns the page's clock
 * (to move timers on instead of waiting). Page errors are kept in `page.errors`.
 */
export async function signInTrainee(browser, url, name, lang, { size = { width: 1280, height: 800 }, clock = false } = {}) {
  const page = await browser.newPage({ viewport: size });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  if (clock) await page.clock.install();
  await page.goto(`${url}/`);
  await page.click(`[data-testid=language-${lang}] .name`);
  await page.click(`[data-testid="person-${name}"] .main`);
  for (const p of ['apple', 'fish', 'sun']) await page.click(`.pad [data-picture=${p}]`);
  await page.waitForSelector('[data-screen=trainee-home]');
  return page;
}

/** The text of `selector` as read, without Fluent's invisible isolation marks. */
export async function read(page, selector) {
  return (await page.textContent(selector)).replace(/[\u2068\u2069]/g, '');
}

/** Kari signed in on a laptop (1440×900) with her workspace shown; page errors kept in `page.errors`. */
export async function kariOnLaptop(browser, url, lang = 'nb') {
  const page = await signInKari(browser, url, lang);
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.waitForSelector('[data-testid=today-card]');
  return page;
}

export async function signInKari(browser, url, lang = 'nb') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}/`);
  await page.click(`[data-testid=language-${lang}] .name`);
  await page.click('[data-testid="person-Kari"] .main');
  await page.fill('#password', 'mestre-demo');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-screen=mentor-home]');
  return page;
}

/**
 * Controls on a trainee screen that break "picture first, voice always": every control
 * must show a picture and sit beside a speaker (in a `.spoken` pair, a card, or a list row
 * with one). Exempt by design: speakers themselves, buttons that play a recording (they are
 * the voice), the PIN pictures (speaking them would tell the kitchen her PIN), the
 * language names (written in their own script: that is the cue she recognises), the
 * hint's close button (the hint is the fallback for sound), and the pictures to choose
 * from while practising words (saying them would give the answer).
 */
export async function unspokenControls(page) {
  return page.evaluate(() => {
    // A button that is only a number (portions, minutes) needs no picture: the caption over its row, with its speakers, says what it counts.
    // A unit of measure (g, dl, a pinch) has no picture; its speakers stand beside it.
    const exempt = (el) => el.matches('[data-speaker], [data-clip], [data-choice], [data-number], [data-unit], .pad button, .lang .name');
    return [...document.querySelectorAll('button, label:has(input[type=file])')]
      .filter((el) => el.offsetParent !== null && !exempt(el))
      .filter((el) => {
        const group = el.closest('.spoken, .card, li, .mood-card, .day');
        return !el.querySelector('img') || !group || !group.querySelector('[data-speaker]');
      })
      .map((el) => el.outerHTML.slice(0, 90));
  });
}

/**
 * Her language beside Norwegian, checked on the page as it is: every caption
 * (`[data-said]`) shows exactly `langs` (her caption languages, in order) with a speaker
 * for each; every other visible text is a name, a date or what someone wrote
 * (`[data-free]`) with a speaker beside it, or only digits and signs.
 */
export async function captionProblems(page, langs) {
  return page.evaluate((langs) => {
    const problems = [];
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    for (const said of document.querySelectorAll('[data-said]')) {
      if (!shown(said)) continue;
      const lines = [...said.querySelectorAll(':scope > .line > .text')];
      const found = lines.map((t) => t.getAttribute('lang'));
      if (JSON.stringify(found) !== JSON.stringify(langs)) problems.push(`${said.dataset.said}: lines in ${found} (want ${langs})`);
      if (lines.some((t) => !t.textContent.trim())) problems.push(`${said.dataset.said}: an empty line`);
      const group = said.closest('.spoken') ?? said;
      const spoken = [...group.querySelectorAll('[data-speaker]')].map((b) => b.dataset.speakerLang);
      for (const lang of langs) if (!spoken.includes(lang)) problems.push(`${said.dataset.said}: no speaker for ${lang}`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      const el = node.parentElement;
      if (!text || !el || !shown(el) || el.closest('[data-said], [aria-hidden=true], [data-clip], script, style')) continue;
      if (/^[\d\s.,:;/\-–+%()\u2068\u2069]+$/u.test(text)) continue; // numbers, times, dates in digits
      const free = el.closest('[data-free]');
      if (!free) {
        problems.push(`text outside a caption: "${text.slice(0, 40)}"`);
        continue;
      }
      const group = free.closest('.spoken, .card, li, article, .day');
      if (!group?.querySelector('[data-speaker]')) problems.push(`no speaker for "${text.slice(0, 40)}"`);
    }
    return problems;
  }, langs);
}

/**
 * Pairs of things on the page that cover one another: controls, pictures, caption lines
 * and notices, leaving out an element and what it contains, and the small badges drawn
 * on purpose over a corner (`[data-badge]`).
 */
export async function overlaps(page) {
  return page.evaluate(() => {
    const parts = [...document.querySelectorAll('button, img, input, select, textarea, label, [data-said] .text, [data-free], .notice, h1, h2')]
      .filter((el) => !el.closest('[data-badge]') && !el.matches('input[type=file]'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 1 && r.height > 1);
    const found = [];
    const name = (el) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}:"${(el.textContent || el.getAttribute('alt') || '').trim().slice(0, 20)}"`;
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i], b = parts[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2) found.push(`${name(a.el)} × ${name(b.el)}`);
      }
    }
    return found;
  });
}

/** One static server and one Chromium for a test file; `ctx.server` and `ctx.browser` once started. */
export function browserSuite() {
  const ctx = { server: null, browser: null };
  before(async () => {
    ctx.server = await serve();
    ctx.browser = await launch();
    mkdirSync(outDir, { recursive: true });
  });
  after(async () => {
    await ctx.browser?.close();
    ctx.server?.close();
  });
  return ctx;
}
