// The word bank in the browser (mocked backend): a trainee browses kitchen words by
// picture with Norwegian and her language side by side, finds a word typed without its
// accents, and practises a session (hear the word, tap its picture); a mentor adds a word
// with a photo and two recordings. At tablet size in nb and ar (and Tigrinya, a language
// without a synthetic voice), with axe audits; every control has a picture and a speaker.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, browserSuite, captionProblems, signInKari, signInTrainee, unspokenControls } from './harness.mjs';

const ctx = browserSuite();

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const signIn = (name, lang, size) => signInTrainee(ctx.browser, ctx.server.url, name, lang, { size });

for (const [name, lang, home] of [['Amina', 'nb', 'ar'], ['Amina', 'ar', 'ar'], ['Selam', 'ti', 'ti']]) {
  test(`a trainee browses the kitchen words by picture, finds one, and practises a session (${name}, screens in ${lang})`, async () => {
    const page = await signIn(name, lang);
    await page.click('[data-testid=section-words] .main');
    await page.waitForSelector('[data-screen=words] [data-testid=category-kitchen-tools]');
    assert.equal(await page.locator('[data-testid^=category-]').count(), 7, 'seven groups before the café has new words');
    assert.deepEqual(await unspokenControls(page), []);
    await audit(page, `words-${lang}-${home}-categories`);

    await page.click('[data-testid=category-kitchen-tools] .main');
    const knife = page.locator('[data-testid="word-pack:kitchen-knife"]');
    await knife.waitFor();
    assert.equal((await knife.locator('.work .bare').textContent()).trim(), 'kniv');
    assert.equal((await knife.locator('.work .article').textContent()).trim(), 'en');
    const homeText = { ar: 'سكين', ti: 'ካራ' }[home];
    assert.equal((await knife.locator('.home .bare').textContent()).trim(), homeText, 'her language beside Norwegian');
    assert.equal(await knife.locator('[data-speaker-lang=nb]').count(), 1);
    assert.equal(await knife.locator(`[data-speaker-lang=${home}]`).count(), 1, 'a speaker for her language too');
    assert.deepEqual(await captionProblems(page, [home, 'nb']), []);
    await audit(page, `words-${lang}-${home}-kitchen-tools`);

    // Her language's speaker: Tigrinya has no voice, so Norwegian plays with the sign.
    await knife.locator(`[data-speaker-lang=${home}]`).click();
    if (home === 'ti') await knife.locator('[data-testid=speech-sign]').waitFor();

    await page.click('[data-testid=nav-back]');
    await page.fill('[data-testid=word-search]', 'brod');
    await page.waitForSelector('[data-testid="word-pack:bread"]');
    await page.fill('[data-testid=word-search]', homeText);
    await page.waitForSelector('[data-testid="word-pack:kitchen-knife"]');
    await page.fill('[data-testid=word-search]', '');
    await page.waitForSelector('[data-testid=practise]');

    // A session: ten new words, each shown whole first, then heard and found.
    await page.click('[data-testid=practise] .main');
    await page.waitForSelector('[data-screen=practice] [data-testid=practice][data-phase=meet]');
    await audit(page, `words-${lang}-${home}-practice-meet`);
    let rounds = 0;
    for (; rounds < 30; rounds++) {
      const phase = await page.getAttribute('[data-testid=practice]', 'data-phase');
      if (phase === 'done') break;
      if (phase === 'meet') {
        await page.click('[data-testid=practice-meet-next]');
        continue;
      }
      const mode = await page.getAttribute('[data-testid=practice]', 'data-mode');
      assert.equal(mode, 'hear-and-find', 'a new word is first heard and found');
      assert.equal(await page.locator('[data-testid^=choice-]').count(), 4, 'four pictures to choose from');
      if (rounds === 1) {
        assert.deepEqual(await unspokenControls(page), []);
        await audit(page, `words-${lang}-${home}-practice-ask`);
      }
      // The word asked is the one just met; tap a wrong picture once, then carry on right.
      const choices = await page.locator('[data-testid^=choice-]').evaluateAll((els) => els.map((e) => e.dataset.testid.slice('choice-'.length)));
      const asked = await page.evaluate(() => document.querySelector('[data-testid=practice]').dataset.asked);
      const pick = rounds === 1 ? choices.find((c) => c !== asked) : asked;
      await page.click(`[data-testid="choice-${pick}"] .picture`);
      await page.waitForSelector(`[data-testid=verdict][data-right=${pick === asked}]`);
      if (rounds === 1) await audit(page, `words-${lang}-${home}-practice-verdict`);
      await page.click('[data-testid=practice-next]');
    }
    await page.waitForSelector('[data-testid=practice-done]');
    await audit(page, `words-${lang}-${home}-practice-done`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('a mentor adds a word with a photo, the Norwegian and the Arabic, each recorded, and a trainee finds it', async () => {
  const page = await signInKari(ctx.browser, ctx.server.url);
  await page.click('[data-testid=open-words]');
  await page.click('[data-testid=word-add]');
  await page.waitForSelector('[data-screen=add-word]');
  await page.selectOption('[data-testid=word-category]', 'kitchen-tools');
  await page.fill('[data-testid=word-text]', 'ei kakeform');
  await page.setInputFiles('[data-testid=word-photo]', { name: 'board.png', mimeType: 'image/png', buffer: PNG });
  await page.waitForSelector('[data-testid=photo-preview]');
  for (const where of ['work-sound', 'other-sound']) {
    await page.click(`[data-testid=${where}] [data-testid=record-start]`);
    await page.click(`[data-testid=${where}] [data-testid=record-stop]`);
    await page.click(`[data-testid=${where}] [data-testid=record-keep]`);
    await page.waitForSelector(`[data-testid=${where}] [data-clip]`);
  }
  await page.selectOption('[data-testid=word-lang]', 'ar');
  await page.fill('[data-testid=word-other-text]', 'قالب كعك');
  await audit(page, 'words-mentor-add-word');
  await page.click('[data-testid=save-word]');
  await page.waitForSelector('[data-screen=words]');
  await page.fill('[data-testid=word-search]', 'KAKEFORM');
  const card = page.locator('[data-word^=word]').first();
  await card.waitFor();
  assert.equal((await card.locator('.work .bare').textContent()).trim(), 'kakeform');
  await audit(page, 'words-mentor-found');

  // She corrects a starter word's spelling and records it in Arabic.
  await page.fill('[data-testid=word-search]', 'skje');
  await page.click('[data-testid="edit-pack:spoon"]');
  await page.waitForSelector('[data-screen=add-word]');
  assert.equal(await page.inputValue('[data-testid=word-text]'), 'en skje');
  await page.selectOption('[data-testid=word-lang]', 'ar');
  await page.waitForFunction(() => document.querySelector('[data-testid=word-other-text]').value === 'ملعقة');
  await page.fill('[data-testid=word-text]', 'ei skje');
  await page.click('[data-testid=other-sound] [data-testid=record-start]');
  await page.click('[data-testid=other-sound] [data-testid=record-stop]');
  await page.click('[data-testid=other-sound] [data-testid=record-keep]');
  await audit(page, 'words-mentor-edit-word');
  await page.click('[data-testid=save-word]');
  await page.waitForSelector('[data-screen=words]');
  await page.fill('[data-testid=word-search]', 'skje');
  const spoon = page.locator('[data-testid="word-pack:spoon"]');
  await spoon.waitFor();
  assert.equal((await spoon.locator('.work .article').textContent()).trim(), 'ei');
  await page.close();
});
