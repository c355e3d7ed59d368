// The little book in the browser (mocked backend): a trainee marks tasks, picks a face,
// adds a photo, records and keeps a voice note and a new word, finds the day in her book
// with the mentor's new comment (and plays it); a mentor leaves a voice comment. At
// tablet size in nb and ar, with axe audits. Every control on her screens has a picture,
// and every card a speaker.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, browserSuite, signInKari, unspokenControls } from './harness.mjs';

const ctx = browserSuite();

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

async function signInAmina(lang, query = '') {
  const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(`${ctx.server.url}/${query}`);
  await page.click(`[data-testid=language-${lang}] .name`);
  await page.click('[data-testid="person-Amina"] .main');
  for (const p of ['apple', 'fish', 'sun']) await page.click(`.pad [data-picture=${p}]`);
  await page.waitForSelector('[data-screen=trainee-home]');
  return page;
}


for (const lang of ['nb', 'ar']) {
  test(`a trainee fills in her day and finds it in her book (${lang})`, async () => {
    const page = await signInAmina(lang);
    await page.click('[data-testid=section-my-day] .main');
    await page.waitForSelector('[data-screen=my-day]');
    assert.ok(await page.locator('[data-testid^=task-]').count() >= 30, 'at least 30 task cards');
    await page.click('[data-testid=task-cut-vegetables] .main');
    await page.click('[data-testid=task-wash-dishes] .main');
    await page.waitForSelector('[data-testid=task-wash-dishes].selected');
    await page.click('[data-mood=good]');
    await page.setInputFiles('[data-testid=day-photo-file]', { name: 'soup.png', mimeType: 'image/png', buffer: PNG });
    // A voice note: record, listen back, keep.
    const voice = page.locator('[data-testid=recorder]').first();
    await voice.locator('[data-testid=record-start]').click();
    await voice.locator('[data-testid=record-stop]').click();
    await voice.locator('[data-clip]').click();
    await page.waitForFunction(() => document.body.dataset.clip?.startsWith('played:'));
    await voice.locator('[data-testid=record-keep]').click();
    // A new word: a picture and her voice.
    await page.setInputFiles('[data-testid=word-photo-file]', { name: 'carrot.png', mimeType: 'image/png', buffer: PNG });
    const word = page.locator('[data-testid=new-word] [data-testid=recorder]');
    await word.locator('[data-testid=record-start]').click();
    await word.locator('[data-testid=record-stop]').click();
    await word.locator('[data-testid=record-keep]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=day-items] li').length === 3);
    const kinds = await page.$$eval('[data-testid=day-items] li', (els) => els.map((e) => e.dataset.kind));
    assert.deepEqual(kinds, ['photo', 'voice', 'word']);
    assert.deepEqual(await unspokenControls(page), [], 'every control has a picture and a speaker');
    await audit(page, `tablet-${lang}-my-day`);

    await page.click('[data-testid=nav-home]');
    await page.click('[data-testid=section-my-book] .main');
    await page.waitForSelector('[data-screen=book]');
    assert.ok(await page.locator('[data-testid=new-badge]').count() >= 1, 'the earlier day shows a new comment');
    assert.deepEqual(await unspokenControls(page), [], 'the book: every control has a picture and a speaker');
    await audit(page, `tablet-${lang}-book`);
    await page.click('[data-testid=day-2026-11-20]');
    await page.waitForSelector('[data-testid=comment]');
    assert.match(await page.textContent('[data-testid=comment]'), /Flott jobbet/);
    await page.click('[data-testid=comment] [data-clip]');
    await page.waitForFunction(() => document.body.dataset.clip?.startsWith('played:'));
    assert.deepEqual(await unspokenControls(page), [], 'every control has a picture and a speaker');
    await audit(page, `tablet-${lang}-day`);
    await page.click('[data-testid=nav-back]'); // back to the book
    await page.waitForSelector('[data-screen=book]');
    assert.equal(await page.locator('[data-testid=new-badge]').count(), 0, 'seen: the badge is gone');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('with no microphone the trainee sees and hears why, and her day is kept', async () => {
  const page = await signInAmina('nb', '?mic=missing');
  await page.click('[data-testid=section-my-day] .main');
  await page.click('[data-testid=task-bake-bread] .main');
  await page.locator('[data-testid=record-start]').first().click();
  await page.waitForSelector('[data-testid=record-problem]');
  assert.match(await page.textContent('[data-testid=record-problem]'), /لم يتم العثور على ميكروفون/, 'told in her language');
  assert.equal(await page.locator('[data-testid=task-bake-bread].selected').count(), 1);
  await page.close();
});

test('a mentor opens a trainee\'s diary and leaves a spoken comment', async () => {
  const page = await signInKari(ctx.browser, ctx.server.url);
  await page.click('[data-testid=trainee-row]:has-text("Amina") [data-testid=open-diary]');
  await page.click('[data-testid=day-2026-11-20]');
  await page.waitForSelector('[data-screen=day]');
  await page.fill('#comment-text', 'Godt brød!');
  await page.click('[data-testid=record-start]');
  await page.click('[data-testid=record-stop]');
  await page.click('[data-testid=record-keep]');
  await page.click('[data-testid=comment-send]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=comment]').length === 2);
  assert.equal(await page.locator('[data-testid=comment]').nth(1).locator('[data-clip]').count(), 1, 'a voice comment');
  await audit(page, 'laptop-nb-mentor-day');
  await page.close();
});

test('a mentor records the Somali voice for a prompt in the studio', async () => {
  const page = await signInKari(ctx.browser, ctx.server.url);
  await page.click('[data-testid=open-studio]');
  await page.selectOption('#studio-lang', 'so');
  const row = page.locator('[data-testid=prompt-wall-title]');
  await row.waitFor();
  assert.match(await row.textContent(), /Yaad tahay\?/);
  assert.equal(await row.getAttribute('data-recorded'), 'false');
  await row.locator('[data-testid=record-start]').click();
  await row.locator('[data-testid=record-stop]').click();
  await row.locator('[data-testid=record-keep]').click();
  await page.waitForSelector('[data-testid=prompt-wall-title][data-recorded=true]');
  await audit(page, 'laptop-nb-studio');
  await page.close();
});
