// The mentor's workspace in the browser (mocked backend), on a laptop (1440×900): today
// at a glance with who needs her first, a trainee's week reviewed with the keyboard,
// marked seen, answered in words and with a voice note, a word suggested (which the
// trainee then sees on her tablet with its speakers), the charts, the export with its
// progress bar and the erasure; the recording studio; archiving a trainee and the
// café's settings. Axe audits on every screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, browserSuite, captionProblems, kariOnLaptop, overlaps, read, unspokenControls } from './harness.mjs';

const ctx = browserSuite();
const laptop = (lang = 'nb') => kariOnLaptop(ctx.browser, ctx.server.url, lang);

test('today at a glance puts the quiet and the unhappy first and opens a review with a digit key (Kari, 1440×900)', async () => {
  const page = await laptop();
  const names = await page.locator('[data-testid=today-card]').evaluateAll((cards) => cards.map((c) => c.dataset.name));
  assert.deepEqual(names.slice(0, 2), ['Hodan', 'Selam'], `who needs her first: ${names}`);
  assert.match(await read(page, '[data-testid=today-card][data-name=Hodan] [data-testid=attention]'), /Ingen dagbok på 9 dager/);
  assert.match(await read(page, '[data-testid=today-card][data-name=Selam] [data-testid=attention]'), /Tunge dager: 1/);
  assert.equal(await page.locator('[data-testid=today-card][data-name=Selam] [data-new=photos]').count(), 1, 'her new photo is counted');
  assert.deepEqual(await overlaps(page), []);
  await audit(page, 'workspace-nb-1440-today');
  // The digit 2 opens the second card: Selam.
  await page.keyboard.press('2');
  await page.waitForSelector('[data-screen=review] [data-testid=review-day]');
  assert.match(await read(page, 'h1'), /Selam/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a week of her work is reviewed with the keyboard, answered in words and voice, and marked seen (Kari, 1440×900)', async () => {
  const page = await laptop();
  await page.click('[data-testid=today-card][data-name=Selam]');
  await page.waitForSelector('[data-testid=review-day]');
  await page.waitForSelector('[data-testid=chart-diary] svg');
  assert.equal(await page.locator('[data-testid=review-day]').count(), 1);
  assert.equal(await page.locator('[data-testid=item-new]').count(), 2, 'her photo and voice note are new to this mentor');
  await audit(page, 'workspace-nb-1440-review');
  // J moves to her day, C puts the cursor in its comment box.
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'review-day');
  await page.keyboard.press('c');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'review-comment-text');
  await page.keyboard.type('Suppen så god ut!');
  await page.click('[data-testid=review-day] [data-testid=record-start]');
  await page.click('[data-testid=review-day] [data-testid=record-stop]');
  await page.click('[data-testid=review-day] [data-testid=record-keep]');
  await page.click('[data-testid=review-comment-send]');
  await page.waitForSelector('[data-testid=review-comment]');
  assert.match(await read(page, '[data-testid=review-comment]'), /Suppen så god ut!/);
  assert.equal(await page.locator('[data-testid=review-comment] [data-clip]').count(), 1, 'her voice note travels with the words');
  // S marks everything seen: nothing is "new" any more.
  await page.keyboard.press('s');
  await page.waitForSelector('[role=status]:has-text("Merket som sett")');
  assert.equal(await page.locator('[data-testid=item-new]').count(), 0);
  await audit(page, 'workspace-nb-1440-review-seen');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=today-card][data-name=Selam]');
  assert.equal(await page.locator('[data-testid=today-card][data-name=Selam] [data-new]').count(), 0, 'seen: nothing new from her');
  assert.deepEqual(page.errors, []);
  await page.close();
});

for (const [name, lang, word] of [['Amina', 'ar', 'سكين'], ['Selam', 'ti', 'ካራ']]) {
test(`a suggested word shows on her tablet with its picture and speakers in both languages (Kari, then ${name} in ${lang})`, async () => {
  const page = await laptop();
  await page.click(`[data-testid=today-card][data-name=${name}]`);
  await page.waitForSelector('[data-testid=review-day]');
  await page.fill('[data-testid=suggest-query]', 'kniv');
  await page.click('[data-testid=suggest-choice] >> nth=0');
  await page.click('[data-testid=suggest-send]');
  await page.waitForSelector('[data-testid=review-suggestion]');
  assert.match(await read(page, '[data-testid=review-suggestion]'), /kniv/);
  await audit(page, 'workspace-nb-1440-suggested');
  // Kari signs out; on the same device (the same café) the trainee signs in.
  await page.click('[data-testid=nav-back]');
  await page.click('[data-testid=mentor-logout]');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.click(`[data-testid="person-${name}"] .main`);
  for (const p of ['apple', 'fish', 'sun']) await page.click(`.pad [data-picture=${p}]`);
  await page.waitForSelector('[data-screen=trainee-home] [data-testid=suggestion][data-kind=word]');
  assert.match(await read(page, '[data-testid=suggestion]'), /kniv/);
  assert.match(await read(page, '[data-testid=suggestion]'), new RegExp(word));
  assert.ok(await page.locator('[data-testid=suggestion] [data-speaker]').count() >= 2, 'both languages can be heard');
  assert.deepEqual(await unspokenControls(page), []);
  assert.deepEqual(await captionProblems(page, [lang, 'nb']), []);
  assert.deepEqual(await overlaps(page), []);
  await audit(page, `workspace-${lang}-1280-suggestion`);
  await page.close();
});
}

test('her data is exported with a progress bar and erased only after her name is typed (Kari, 1440×900)', async () => {
  const page = await laptop();
  await page.click('[data-testid=today-card][data-name=Rojin]');
  await page.waitForSelector('[data-testid=export-trainee]');
  await page.click('[data-testid=export-trainee]');
  await page.waitForSelector('[data-testid=export-progress]');
  const values = [];
  for (let i = 0; i < 3; i++) {
    values.push(Number(await page.getAttribute('[data-testid=export-progress]', 'value').catch(() => 'NaN')));
    await page.waitForTimeout(50);
  }
  await page.waitForSelector('[data-testid=export-done]');
  assert.match(await read(page, '[data-testid=export-done]'), /mestre-Rojin\.zip/);
  await page.click('[data-testid=erase-trainee]');
  assert.equal(await page.isDisabled('[data-testid=erase-confirm]'), true, 'not before her name is typed');
  await page.fill('[data-testid=erase-name]', 'Rojin');
  await audit(page, 'workspace-nb-1440-erase');
  await page.click('[data-testid=erase-confirm]');
  await page.waitForSelector('[data-screen=mentor-home] [role=status]:has-text("er slettet")');
  assert.match(await read(page, '[data-screen=mentor-home] [role=status]'), /Rojin er slettet/);
  await page.waitForSelector('[data-testid=today-card]');
  assert.equal(await page.locator('[data-testid=today-card][data-name=Rojin]').count(), 0);
  assert.ok(values.some((v) => v > 0), `the bar moved: ${values}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the group charts, archiving a trainee and the café settings (Kari, 1440×900, and in Arabic)', async () => {
  const page = await laptop();
  await page.click('[data-testid=open-charts]');
  await page.waitForSelector('[data-testid=chart-fridge] svg [data-limit="4"]', { state: 'attached' });
  assert.equal(await page.locator('[data-testid=chart-diary] rect[data-value]').count() > 0, true);
  await audit(page, 'workspace-nb-1440-charts');
  await page.click('[data-testid=nav-back]');
  await page.waitForSelector('[data-testid=today-card][data-name=Mariam]');
  await page.click('[data-testid=trainee-row]:has-text("Mariam") [data-testid=archive-trainee]');
  await page.click('[data-testid=archived] summary');
  await page.waitForSelector('[data-testid=archived-row]:has-text("Mariam")');
  await page.waitForFunction(() => !document.querySelector('[data-testid=today-card][data-name=Mariam]'));
  await page.click('[data-testid=cafe-country-SE]');
  for (const tag of ['ar', 'so', 'ti']) await page.check(`[data-testid=cafe-language][value=${tag}]`);
  await page.click('[data-testid=save-settings]');
  await page.waitForSelector('[role=status]:has-text("Lagret.")');
  await audit(page, 'workspace-nb-1440-manage');
  await page.close();

  // A mentor who reads Arabic: the charts run right to left, their dates in Arabic.
  const ar = await laptop();
  await ar.click('[data-testid=mentor-language]');
  await ar.click('[data-testid=language-ar] .name');
  await ar.waitForSelector('[data-screen=mentor-home][data-lang=ar]');
  await ar.click('[data-testid=open-charts]');
  await ar.waitForSelector('[data-testid=chart-diary] svg');
  assert.equal(await ar.getAttribute('[data-testid=chart-diary] svg', 'direction'), 'rtl');
  assert.match(await ar.textContent('[data-testid=chart-diary] svg'), /[\u0660-\u0669]|[\u0600-\u06ff]/, 'dates and numbers in Arabic');
  await audit(ar, 'workspace-ar-1440-charts');
  await ar.close();
});

test('the recording studio lists what each language still lacks, with progress bars (Kari, 1440×900)', async () => {
  const page = await laptop();
  await page.click('[data-testid=open-studio]');
  await page.waitForSelector('[data-screen=studio] [data-testid=studio-progress]');
  assert.ok(await page.locator('[data-testid=studio-progress] progress, [data-testid=studio-progress] meter, [data-testid=studio-progress] [role=progressbar]').count() > 0);
  await audit(page, 'workspace-nb-1440-studio');
  await page.close();
});

test('many photos become new words at once, with a progress bar (Kari, 1440×900)', async () => {
  const page = await laptop();
  await page.click('[data-testid=open-words]');
  await page.waitForSelector('[data-screen=words] [data-testid=import-photos]', { state: 'attached' });
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
  await page.setInputFiles('[data-testid=import-photos]', ['en_kniv.jpg', 'ei-gryte.jpg', 'en vaskeklut.jpg'].map((name) => ({ name, mimeType: 'image/jpeg', buffer: jpeg })));
  await page.waitForSelector('[data-testid=import-photos-done]');
  assert.match(await read(page, '[data-testid=import-photos-done]'), /3 nye ord/);
  await page.fill('[data-testid=word-search]', 'gryte');
  await page.waitForSelector('[data-testid=words] :text("ei gryte")');
  await audit(page, 'workspace-nb-1440-import-photos');
  assert.deepEqual(page.errors, []);
  await page.close();
});
