// Browser flows of what a mentor sees of trust, against the mocked backend: the count of
// refused changes on her home page and their list (who, what, when, why), and the
// café's mentors — adding one, changing her own password, giving another a new one,
// removing one who left — in Norwegian, Arabic and Somali, at laptop and tablet size.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, browserSuite, overlaps, signInKari } from './harness.mjs';

const ctx = browserSuite();

/** Text as read, without the invisible marks that keep a name's direction. */
const read = async (page, selector) => (await page.textContent(selector)).replace(/[\u2066-\u2069]/g, '');

/** Wait for the mentors screen's notice, and read it. */
async function noticeSays(page, pattern) {
  await page.waitForFunction(
    ([source]) => new RegExp(source).test((document.querySelector('[data-testid=mentors-notice]')?.textContent ?? '').replace(/[\u2066-\u2069]/g, '')),
    [pattern.source],
  );
}

for (const [lang, width, height] of [['nb', 1440, 900], ['ar', 1280, 800], ['so', 1280, 800]]) {
  test(`the mentor sees how many changes were refused and why, and the list says who, what and when (${lang}, ${width}×${height})`, async () => {
    const page = await signInKari(ctx.browser, ctx.server.url, 'nb');
    await page.setViewportSize({ width, height });
    if (lang !== 'nb') {
      // Kari reads the app in her own language.
      await page.click('[data-testid=mentor-language]');
      await page.click(`[data-testid=language-${lang}] .name`);
      await page.waitForSelector('[data-screen=mentor-home]');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
    }
    await page.waitForSelector('[data-testid=quarantine-count]');
    assert.match(await page.textContent('[data-testid=quarantine-count]'), /2/);
    await audit(page, `mentor-${lang}-home-refused-${width}`);
    await page.click('[data-testid=open-quarantine]');
    await page.waitForSelector('[data-testid=quarantine-list]');
    const entries = page.locator('[data-testid=quarantine-entry]');
    assert.equal(await entries.count(), 2);
    const first = await entries.nth(0).textContent();
    assert.match(first, /Amina/, 'who');
    assert.match(first, /Kjøkkenbrett 2/, 'on which device');
    if (lang === 'nb') {
      assert.match(first, /En person/, 'what, in her language');
      assert.match(first, /Bare en veileder kan gjøre dette\./, 'why, in her language');
      assert.match(await entries.nth(1).textContent(), /Ikke lagret i loggen/, 'set aside: not even kept');
    }
    if (lang === 'ar') assert.match(await page.textContent('main'), /تغييرات موقوفة|موقوفة/);
    assert.equal(await entries.nth(1).getAttribute('data-reason'), 'bad-signature');
    assert.deepEqual(await overlaps(page), []);
    await audit(page, `mentor-${lang}-quarantine-${width}`);
    await page.close();
  });
}

test('a mentor adds a mentor, changes her own password, gives the other a new one and removes her', async () => {
  const page = await signInKari(ctx.browser, ctx.server.url, 'nb');
  await page.click('[data-testid=open-mentors]');
  await page.waitForSelector('[data-screen=mentors]');
  assert.equal(await page.locator('[data-testid=mentor-row]').count(), 1);
  assert.match(await read(page, '[data-testid=mentor-row]'), /Kari \(deg\)/);
  // A first password that is too short is refused before anything is sent.
  await page.fill('#mentor-name', 'Ingrid');
  await page.fill('#mentor-password', 'kort');
  await page.click('[data-testid=add-mentor]');
  assert.match(await read(page, '[data-testid=mentors-error]'), /minst 8 tegn/);
  await page.fill('#mentor-password', 'kanelbolle');
  await page.click('[data-testid=add-mentor]');
  await noticeSays(page, /Ingrid er lagt til som veileder/);
  assert.equal(await page.locator('[data-testid=mentor-row]').count(), 2);
  await audit(page, 'mentor-nb-mentors');
  // Her own password: the old one must be right.
  await page.click('[data-testid=change-my-password]');
  await page.fill('#old-password', 'feil-passord');
  await page.fill('#new-password', 'kaffe-og-kake');
  await page.click('[data-testid=save-my-password]');
  await page.waitForSelector('[data-testid=mentors-error]');
  await page.fill('#old-password', 'mestre-demo');
  await page.click('[data-testid=save-my-password]');
  await noticeSays(page, /Passordet ditt er byttet\./);
  // Ingrid forgot hers.
  const ingrid = page.locator('[data-testid=mentor-row]', { hasText: 'Ingrid' });
  await ingrid.locator('[data-testid=reset-password]').click();
  await page.fill('#reset-password', 'ny-start-2026');
  await page.click('[data-testid=save-reset]');
  await noticeSays(page, /Ingrid har fått et nytt passord\./);
  // Ingrid leaves the café.
  await ingrid.locator('[data-testid=retire-mentor]').click();
  assert.match(await read(page, 'main'), /Fjerne Ingrid som veileder\?/);
  await page.click('[data-testid=confirm-retire]');
  await noticeSays(page, /Ingrid er ikke veileder lenger\./);
  assert.equal(await page.locator('[data-testid=mentor-row]').count(), 1);
  // Kari signs in again with her new password.
  await page.click('[data-testid=nav-back]');
  await page.click('[data-testid=mentor-logout]');
  await page.click('[data-testid="person-Kari"] .main');
  await page.fill('#password', 'kaffe-og-kake');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-screen=mentor-home]');
  await page.close();
});
