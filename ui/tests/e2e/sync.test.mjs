// Browser flows of the pairing and sync screens against the mocked backend (its pairing
// code is 482913; "the laptop" holds the demo café), with axe audits and screenshots.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { audit, browserSuite, launch } from './harness.mjs';

const ctx = browserSuite();

async function open(query = '', lang = 'nb') {
  const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(`${ctx.server.url}/${query}`);
  await page.click(`[data-testid=language-${lang}] .name`);
  return page;
}


for (const lang of ['nb', 'ar']) {
  test(`a fresh tablet joins the laptop by code and the café arrives (${lang})`, async () => {
    const page = await open('?mock=empty', lang);
    await page.waitForSelector('[data-screen=setup]');
    await page.click('[data-testid=setup-join]');
    await page.waitForSelector('[data-screen=join]');
    await audit(page, `tablet-${lang}-join`);
    await page.fill('#peer-address', '192.168.1.20:47474');
    await page.fill('#pair-code', '111111');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=join-error]');
    const wrong = await page.textContent('[data-testid=join-error]');
    assert.match(wrong, lang === 'nb' ? /Feil kode/ : /الرمز خطأ/);
    await page.fill('#pair-code', '482 913');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=sync-progress]');
    await audit(page, `tablet-${lang}-syncing`);
    await page.waitForSelector('[data-screen=wall]');
    assert.equal(await page.locator('[data-testid="person-Amina"]').count(), 1, 'the café came over');
    await page.waitForSelector('[data-testid=sync-card]');
    assert.match(await page.textContent('[data-testid=sync-card]'), /Kari sin PC/);
    await audit(page, `tablet-${lang}-wall-synced`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('the wall shows the laptop, when it last synced, and a sync-now card with progress', async () => {
  const page = await open();
  await page.waitForSelector('[data-testid=sync-card]');
  const card = await page.textContent('[data-testid=sync-card]');
  assert.match(card, /Sist synkronisert/);
  assert.ok(await page.locator('[data-testid=sync-card] img').count() >= 2, 'a picture of the laptop and of the time');
  await page.click('[data-testid=sync-now]');
  await page.waitForSelector('[data-testid=sync-progress]');
  await page.waitForSelector('[data-testid=sync-done]');
  assert.match(await page.textContent('[data-testid=sync-done]'), /Ferdig/);
  await page.close();
});

test('the mentor shows a pairing code and QR code, sees connected tablets and can disconnect one', async () => {
  for (const lang of ['nb', 'ar']) {
    const page = await open('', lang);
    await page.click('[data-testid="person-Kari"] .main');
    await page.fill('#password', 'mestre-demo');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-screen=mentor-home]');
    await audit(page, `laptop-${lang}-mentor-home`);
    await page.click('[data-testid=connect-tablet]');
    await page.waitForSelector('[data-testid=pairing-code]');
    assert.equal((await page.textContent('[data-testid=pairing-code]')).replace(/\s/g, ''), '482913');
    assert.equal(await page.locator('.qr svg').count(), 1);
    assert.equal(await page.locator('[data-testid=peer-row]').count(), 1);
    await audit(page, `laptop-${lang}-pairing`);
    await page.click('[data-testid=peer-row] button');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=peer-row]').length === 0);
    await page.close();
  }
});

test('a fresh tablet scans the laptop\'s QR code with its camera and joins', async () => {
  const { readFileSync, writeFileSync, mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { y4mFromRgba } = await import('./harness.mjs');
  const video = join(mkdtempSync(join(tmpdir(), 'mestre-cam-')), 'qr.y4m');
  writeFileSync(video, y4mFromRgba(readFileSync(new URL('../fixtures/pairing-qr.rgba', import.meta.url))));
  const camera = await launch(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  try {
    const page = await camera.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${ctx.server.url}/?mock=empty`);
    await page.click('[data-testid=language-nb] .name');
    await page.click('[data-testid=setup-join]');
    await page.click('[data-testid=scan-qr]');
    await page.waitForSelector('[data-testid=joined]', { timeout: 15000 });
    await page.waitForSelector('[data-screen=wall]');
    assert.equal(await page.locator('[data-testid="person-Amina"]').count(), 1);
  } finally {
    await camera.close();
  }
});
