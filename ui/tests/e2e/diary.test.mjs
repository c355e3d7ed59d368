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


/** Next, next… until "my day" shows step `key`. */
async function goToStep(page, key) {
  for (let i = 0; i < 12; i++) {
    if ((await page.getAttribute('[data-testid=my-day]', 'data-step')) === key) return;
    await page.click('[data-testid=step-next]');
  }
  throw new Error(`no step ${key}`);
}

for (const lang of ['nb', 'ar']) {
  test(`a trainee fills in her day one step at a time and finds it in her book (${lang})`, async () => {
    const page = await signInAmina(lang);
    await page.click('[data-testid=section-my-day] .main');
    await page.waitForSelector('[data-screen=my-day]');
    assert.ok(await page.locator('[data-step-dot]').count() >= 9, 'a step for each job');
    assert.equal(await page.locator('[data-testid^=task-]').count(), 8, 'one screen of task cards at a time');
    await page.click('[data-testid=task-cut-vegetables] .main');
    await page.waitForSelector('[data-testid=task-cut-vegetables].selected');
    await page.waitForSelector('[data-testid=step-saved]');
    await goToStep(page, 'cleaning-1');
    assert.equal(await page.locator('[data-testid=step-saved]').count(), 0, 'the tick belongs to the step it was earned on');
    await page.click('[data-testid=task-wash-dishes] .main');
    await page.waitForSelector('[data-testid=task-wash-dishes].selected');
    await goToStep(page, 'mood');
    await page.click('[data-mood=good]');
    await page.waitForSelector('[data-mood=good][aria-pressed=true]');
    await goToStep(page, 'photo');
    await page.setInputFiles('[data-testid=day-photo-file]', { name: 'soup.png', mimeType: 'image/png', buffer: PNG });
    await page.waitForSelector('[data-testid=day-photos] li');
    // A voice note: record, listen back, keep.
    await goToStep(page, 'voice');
    await page.click('[data-testid=record-start]');
    await page.click('[data-testid=record-stop]');
    await page.click('[data-testid=recorder] [data-clip]');
    await page.waitForFunction(() => document.body.dataset.clip?.startsWith('played:'));
    await page.click('[data-testid=record-keep]');
    await page.waitForSelector('[data-testid=day-voices] li');
    // A new word: a picture and her voice.
    await goToStep(page, 'word');
    await page.setInputFiles('[data-testid=word-photo-file]', { name: 'carrot.png', mimeType: 'image/png', buffer: PNG });
    await page.click('[data-testid=new-word] [data-testid=record-start]');
    await page.click('[data-testid=new-word] [data-testid=record-stop]');
    await page.click('[data-testid=new-word] [data-testid=record-keep]');
    await page.waitForSelector('[data-testid=day-words] li');
    assert.deepEqual(await unspokenControls(page), [], 'every control has a picture and a speaker');
    await goToStep(page, 'summary');
    const kinds = await page.$$eval('[data-testid=day-items] li', (els) => els.map((e) => e.dataset.kind));
    assert.deepEqual(kinds, ['photo', 'voice', 'word']);
    assert.equal(await page.locator('[data-testid=day-summary] [data-said=task-cut-vegetables]').count(), 1);
    assert.equal(await page.locator('[data-testid=day-summary] [data-said=mood-good]').count(), 1);
    await audit(page, `tablet-${lang}-my-day`);

    await page.click('[data-testid=day-done]');
    await page.waitForSelector('[data-screen=trainee-home]');
    await page.click('[data-testid=section-my-book] .main');
    await page.waitForSelector('[data-screen=book]');
    assert.ok(await page.locator('[data-testid=new-badge]').count() >= 1, 'the earlier day shows a new comment');
    assert.deepEqual(await unspokenControls(page), [], 'the book: every control has a picture and a speaker');
    await audit(page, `tablet-${lang}-book`);
    await page.click(`[data-testid=day-${new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10)}]`);
    await page.waitForSelector('[data-testid=comment]');
    assert.match(await page.textContent('[data-testid=comment]'), /Flott jobbet/);
    assert.equal(await page.getAttribute('[data-testid=comment] .said-text .text', 'lang'), 'nb', 'written in Norwegian, read aloud in Norwegian');
    await page.click('[data-testid=comment] .said-text [data-speaker]');
    await page.waitForFunction(() => document.body.dataset.speech === 'played:nb');
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
  await page.waitForSelector('[data-testid=task-bake-bread].selected');
  await goToStep(page, 'voice');
  await page.click('[data-testid=record-start]');
  await page.waitForSelector('[data-testid=record-problem]');
  assert.match(await page.textContent('[data-testid=record-problem] [lang=ar]'), /لم يتم العثور على ميكروفون/, 'told in her language');
  assert.match(await page.textContent('[data-testid=record-problem] [lang=nb]'), /Fant ingen mikrofon/, 'and in Norwegian');
  await goToStep(page, 'summary');
  assert.equal(await page.locator('[data-testid=day-summary] [data-said=task-bake-bread]').count(), 1, 'her day is kept');
  await page.close();
});

test('a mentor opens a trainee\'s diary and leaves a spoken comment', async () => {
  const page = await signInKari(ctx.browser, ctx.server.url);
  await page.click('[data-testid=trainee-row]:has-text("Amina") [data-testid=open-diary]');
  await page.click(`[data-testid=day-${new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10)}]`);
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
  const progress = async () => (await page.textContent('[data-testid=progress-so]')).replace(/[\u2068\u2069]/g, '');
  assert.match(await progress(), /Soomaali: 0 av 9/);
  await row.locator('[data-testid=record-start]').click();
  await row.locator('[data-testid=record-stop]').click();
  await row.locator('[data-testid=record-keep]').click();
  await page.waitForFunction(() => /Soomaali: 1 av 9/.test((document.querySelector('[data-testid=progress-so]')?.textContent ?? '').replace(/[\u2068\u2069]/g, '')));
  assert.equal(await row.count(), 0, 'only what is missing is listed');
  await page.click('[data-testid=only-missing]');
  await page.waitForSelector('[data-testid=prompt-wall-title][data-recorded=true]');
  await audit(page, 'laptop-nb-studio');
  await page.close();
});
