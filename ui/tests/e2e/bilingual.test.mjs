// Her language beside Norwegian, a voice for every language, one task per screen — on
// every trainee screen, at tablet size, in Somali, Tigrinya, Arabic and Norwegian (mocked
// backend). On each screen: every caption shows her language and Norwegian with a
// speaker for each; every other text (names, dates) has a speaker; nothing covers
// anything else; axe finds nothing. Then: no box to read when her language has no voice,
// notices that do not outlive their screen or her session, a lock-out that counts down in
// her language, and the shared tablet signing out by itself.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, browserSuite, captionProblems, overlaps, unspokenControls } from './harness.mjs';

const ctx = browserSuite();
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function open(viewport = { width: 1280, height: 800 }, beforeLoad) {
  const page = await ctx.browser.newPage({ viewport });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  if (beforeLoad) await beforeLoad(page);
  await page.goto(`${ctx.server.url}/`);
  return page;
}

const pin = async (page, pictures) => { for (const p of pictures) await page.click(`.pad [data-picture=${p}]`); };

/** Everything a trainee screen must satisfy, and its screenshot. */
async function check(page, langs, name) {
  await page.waitForTimeout(60);
  assert.deepEqual(await captionProblems(page, langs), [], `${name}: captions`);
  assert.deepEqual(await unspokenControls(page), [], `${name}: every control has a picture and a speaker`);
  assert.deepEqual(await overlaps(page), [], `${name}: nothing overlaps`);
  await audit(page, name);
}

const TABLET = { width: 1280, height: 800 };
const PORTRAIT = { width: 800, height: 1280 };
const TRAINEES = [
  { lang: 'so', name: 'Hodan', size: TABLET, tag: 'tablet' },
  { lang: 'ti', name: 'Selam', size: TABLET, tag: 'tablet' },
  { lang: 'ar', name: 'Amina', size: TABLET, tag: 'tablet' },
  { lang: 'ti', name: 'Selam', size: PORTRAIT, tag: 'portrait' },
];

for (const { lang, name, size, tag } of TRAINEES) {
  test(`every trainee screen says things in ${lang} beside Norwegian, with speakers, and nothing overlaps (${tag})`, async () => {
    const page = await open(size);
    const both = [lang, 'nb'];
    await page.click(`[data-testid=language-${lang}] .name`);
    await page.waitForSelector('[data-screen=wall]');
    await check(page, both, `${tag}-${lang}-wall`);

    await page.click(`[data-testid="person-${name}"] .main`);
    await page.waitForSelector('[data-screen=pin]');
    await check(page, both, `${tag}-${lang}-pin`);
    await pin(page, ['cat', 'cat', 'cat']);
    await page.waitForSelector('[data-testid=login-problem]');
    await check(page, both, `${tag}-${lang}-pin-wrong`);
    await pin(page, ['apple', 'fish', 'sun']);
    await page.waitForSelector('[data-screen=trainee-home]');
    await check(page, both, `${tag}-${lang}-home`);

    await page.click('[data-testid=section-my-day] .main');
    await page.waitForSelector('[data-screen=my-day]');
    let step = 0;
    for (;;) {
      const key = await page.getAttribute('[data-testid=my-day]', 'data-step');
      if (step === 0) {
        await page.click('[data-testid=task-cut-vegetables] .main');
        await page.waitForSelector('[data-testid=step-saved]');
      }
      if (key === 'mood') await page.click('[data-mood=good]');
      if (key === 'photo') await page.setInputFiles('[data-testid=day-photo-file]', { name: 'soup.png', mimeType: 'image/png', buffer: PNG });
      if (key === 'mood' || key === 'photo') await page.waitForSelector('[data-testid=step-saved]');
      await check(page, both, `${tag}-${lang}-day-${key}`);
      if (key === 'summary') break;
      await page.click('[data-testid=step-next]');
      step++;
    }
    assert.ok(step >= 8, `my day is one task per screen (${step + 1} screens)`);
    await page.click('[data-testid=day-done]');
    await page.click('[data-testid=section-my-book] .main');
    await page.waitForSelector('[data-screen=book]');
    await check(page, both, `${tag}-${lang}-book`);
    await page.locator('[data-testid^=day-]').first().click();
    await page.waitForSelector('[data-screen=day]');
    await check(page, both, `${tag}-${lang}-day`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('a trainee who chose Norwegian sees one line, and it is still spoken', async () => {
  const page = await open();
  await page.click('[data-testid=language-nb] .name');
  await page.click('[data-testid="person-Olena"] .main');
  await pin(page, ['apple', 'fish', 'sun']);
  await page.click('[data-testid=section-language] .main');
  await page.click('[data-testid=language-nb] .name');
  await page.waitForSelector('[data-screen=trainee-home]');
  await check(page, ['nb'], 'tablet-nb-home');
  await page.click('[data-testid=section-my-day] .main');
  await check(page, ['nb'], 'tablet-nb-day-kitchen-1');
  await page.click('[data-testid=nav-home]');
  await page.click('[data-testid=section-my-book] .main');
  await check(page, ['nb'], 'tablet-nb-book');
  await page.close();
});

test('her language has no voice: the speaker plays Norwegian and shows a muted speaker, never a box to read', async () => {
  const page = await open();
  await page.click('[data-testid=language-so] .name');
  await page.waitForSelector('[data-screen=wall]');
  const speaker = page.locator('header [data-speaker=wall-title][data-speaker-lang=so]');
  await speaker.click();
  await page.waitForFunction(() => document.body.dataset.speech?.startsWith('played:'));
  assert.equal(await page.evaluate(() => document.body.dataset.speech), 'played:nb');
  assert.equal(await page.evaluate(() => document.body.dataset.speechAsked), 'so');
  assert.equal(await speaker.getAttribute('data-sign'), 'no-voice');
  assert.equal(await page.locator('[data-testid=speech-sign]').count(), 1, 'one small sign, on the speaker pressed');
  assert.equal(await page.locator('[role=dialog], [data-testid=speech-hint]').count(), 0, 'no box');
  await audit(page, 'tablet-so-no-voice-sign');
  // Norwegian itself has a voice: no sign.
  await page.locator('header [data-speaker=wall-title][data-speaker-lang=nb]').click();
  await page.waitForFunction(() => document.body.dataset.speechAsked === 'nb');
  assert.equal(await page.locator('[data-testid=speech-sign]').count(), 0);
  // The sign does not follow her to the next screen.
  await speaker.click();
  await page.waitForSelector('[data-testid=speech-sign]');
  await page.click('[data-testid="person-Hodan"] .main');
  await page.waitForSelector('[data-screen=pin]');
  assert.equal(await page.locator('[data-testid=speech-sign]').count(), 0);
  await page.close();
});

test('a notice ends with its screen, and nothing of her session survives sign-out', async () => {
  const page = await open();
  await page.click('[data-testid=language-ti] .name');
  await page.click('[data-testid="person-Selam"] .main');
  await pin(page, ['cat', 'cat', 'cat']);
  await page.waitForSelector('[data-notice=error-login-failed]');
  await page.click('[data-testid=nav-back]');
  await page.waitForSelector('[data-screen=wall]');
  assert.equal(await page.locator('[data-notice=error-login-failed]').count(), 0, 'gone with the PIN screen');

  await page.click('[data-testid="person-Selam"] .main');
  await pin(page, ['apple', 'fish', 'sun']);
  await page.click('[data-testid=section-my-day] .main');
  for (let i = 0; i < 5; i++) await page.click('[data-testid=step-next]');
  assert.equal(await page.getAttribute('[data-testid=my-day]', 'data-step'), 'photo');
  await page.setInputFiles('[data-testid=day-photo-file]', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
  await page.waitForSelector('[data-testid=day-error] [data-notice=error-image-unreadable]');
  await page.setInputFiles('[data-testid=day-photo-file]', { name: 'soup.png', mimeType: 'image/png', buffer: PNG });
  await page.waitForSelector('[data-testid=step-saved]');
  assert.equal(await page.locator('[data-testid=day-error]').count(), 0, 'an old problem goes when she tries again');
  await page.setInputFiles('[data-testid=day-photo-file]', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
  await page.waitForSelector('[data-testid=day-error]');
  await page.click('[data-testid=step-next]');
  assert.equal(await page.locator('[data-testid=day-error]').count(), 0, 'and when she moves on');

  await page.locator('[data-speaker][data-speaker-lang=ti]').first().click();
  await page.waitForSelector('[data-testid=speech-sign]');
  await page.click('[data-testid=nav-home]');
  await page.click('[data-testid=section-logout] .main');
  await page.waitForSelector('[data-screen=wall]');
  assert.equal(await page.locator('[data-notice]:not([data-notice=wall-empty]), [data-testid=speech-sign], [data-testid=idle-warning]').count(), 0);
  assert.equal(await page.getAttribute('html', 'lang'), 'ti', 'the wall speaks the device language again');
  await page.close();
});

test('a lock-out counts down and is said in her language beside Norwegian', async () => {
  const page = await open({ width: 1280, height: 800 }, (p) => p.clock.install());
  await page.click('[data-testid=language-nb] .name');
  await page.click('[data-testid="person-Hodan"] .main');
  for (let i = 0; i < 5; i++) await pin(page, ['cat', 'cat', 'cat']);
  await page.waitForSelector('[data-testid=login-problem][data-locked=true]');
  assert.equal(await page.textContent('[data-testid=lock-countdown]'), '1:00');
  const lines = await page.$$eval('[data-notice=error-login-locked] .text', (els) => els.map((e) => [e.lang, e.textContent]));
  assert.equal(lines[0][0], 'so', 'her language first, although the tablet speaks Norwegian');
  assert.match(lines[1][1], /Vent ett minutt/);
  await page.waitForFunction(() => document.body.dataset.speechAsked === 'so');
  await page.clock.fastForward(25_000);
  await page.waitForFunction(() => document.querySelector('[data-testid=lock-countdown]')?.textContent === '0:35');
  assert.equal(await page.locator('.pad [data-picture=apple]').isDisabled(), true, 'the pad rests');
  await check(page, ['so', 'nb'], 'tablet-so-locked');
  await page.clock.fastForward(36_000);
  await page.waitForSelector('[data-testid=login-problem]', { state: 'detached' });
  assert.equal(await page.locator('.pad [data-picture=apple]').isDisabled(), false);
  await page.close();
});

test('the shared tablet asks if she is still here, then signs her out by itself', async () => {
  const page = await open({ width: 1280, height: 800 }, (p) => p.clock.install());
  await page.click('[data-testid=language-ar] .name');
  await page.click('[data-testid="person-Amina"] .main');
  await pin(page, ['apple', 'fish', 'sun']);
  await page.waitForSelector('[data-screen=trainee-home]');
  await page.clock.fastForward('02:31');
  await page.waitForSelector('[data-testid=idle-warning]');
  await page.waitForFunction(() => document.body.dataset.speechAsked === 'ar');
  assert.deepEqual(await captionProblems(page, ['ar', 'nb']), []);
  await audit(page, 'tablet-ar-idle-warning');
  await page.click('[data-testid=idle-stay]');
  assert.equal(await page.locator('[data-testid=idle-warning]').count(), 0, 'one tap keeps her signed in');
  await page.clock.fastForward('02:00');
  assert.equal(await page.locator('[data-screen=trainee-home]').count(), 1, 'still hers after the tap');
  await page.clock.fastForward('01:05');
  await page.waitForSelector('[data-screen=wall]');
  assert.equal(await page.locator('[data-testid=idle-warning]').count(), 0);
  await page.click('[data-testid="person-Amina"] .main');
  await page.waitForSelector('[data-screen=pin]', { timeout: 2000 });
  await page.close();
});
