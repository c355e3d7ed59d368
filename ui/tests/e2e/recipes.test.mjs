// Recipes in the browser (mocked backend): a trainee opens a starter recipe, cooks it for
// forty step by step with two timers running at once that ring and flash when the time
// is up (the page's clock is moved, nothing waits), records her own recipe with a photo,
// her voice and a timed step, and a mentor puts dishes on the week menu and saves it as
// a PDF. At tablet size in nb and ar (and Tigrinya, a language without a synthetic voice),
// with axe audits; every control has a picture and a speaker.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, browserSuite, captionProblems, signInKari, signInTrainee, unspokenControls } from './harness.mjs';

const ctx = browserSuite();
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const signIn = (name, lang, size) => signInTrainee(ctx.browser, ctx.server.url, name, lang, { size, clock: true });

for (const [name, lang, home] of [['Amina', 'nb', 'ar'], ['Amina', 'ar', 'ar'], ['Selam', 'ti', 'ti']]) {
  test(`a trainee cooks fish soup for forty step by step with two timers that ring (${name}, screens in ${lang})`, async () => {
    const page = await signIn(name, lang);
    await page.click('[data-testid=section-recipes] .main');
    await page.waitForSelector('[data-screen=recipes] [data-testid="recipe-card-pack:fiskesuppe"]');
    assert.ok(await page.locator('[data-testid^=recipe-card-]').count() >= 20, 'the starter recipes');
    assert.deepEqual(await unspokenControls(page), []);
    await audit(page, `recipes-${lang}-${home}-list`);

    await page.click('[data-testid="recipe-card-pack:fiskesuppe"] .picture');
    await page.waitForSelector('[data-screen=recipe] [data-testid=recipe-name]');
    const title = { ar: 'شوربة السمك', ti: 'መረቕ ዓሳ' }[home];
    assert.match(await page.textContent('[data-testid=recipe-name]'), new RegExp(title), 'the dish in her language');
    assert.match(await page.textContent('[data-testid=recipe-name]'), /Fiskesuppe/, 'and in Norwegian');
    const allergens = await page.locator('[data-testid=allergens] [data-allergen]').evaluateAll((els) => els.map((e) => e.dataset.allergen));
    assert.deepEqual(allergens, ['gluten', 'crustaceans', 'fish', 'milk', 'celery'], 'derived from the ingredients');
    assert.equal(await page.locator('[data-testid=allergens] [data-speaker]').count() >= 5, true, 'every allergen name can be heard');
    const fishBefore = await page.textContent('[data-testid="amount-pack:fish"]');
    await page.click('[data-testid=portions-40]');
    await page.waitForFunction(() => document.querySelector('[data-testid=portions-value]')?.textContent === '40');
    assert.notEqual(await page.textContent('[data-testid="amount-pack:fish"]'), fishBefore, 'the amounts follow the portions');
    assert.deepEqual(await captionProblems(page, home === 'nb' ? ['nb'] : [home, 'nb']), []);
    await audit(page, `recipes-${lang}-${home}-recipe`);

    await page.click('[data-testid=cook-start]');
    await page.waitForSelector('[data-screen=cook] [data-testid=cook][data-step="1"]');
    assert.equal(await page.evaluate(() => globalThis.__mestreAwake?.()), true, 'the screen is kept awake while she cooks');
    assert.deepEqual(await unspokenControls(page), []);
    await audit(page, `recipes-${lang}-${home}-cook-step1`);
    for (let step = 1; step < 4; step++) await page.click('[data-testid=cook-next]');
    await page.waitForSelector('[data-testid=cook][data-step="4"] [data-testid=timer-start]');
    await page.click('[data-testid=timer-start]');
    await page.click('[data-testid=cook-next]');
    await page.waitForSelector('[data-testid=cook][data-step="5"]');
    assert.equal(await page.locator('[data-testid=step-ingredients] [data-ingredient]').count(), 3, 'fish, shrimps and cream go in now');
    await page.click('[data-testid=timer-start]');
    assert.equal(await page.locator('[data-testid=timers] li').count(), 2, 'two timers at once');
    await audit(page, `recipes-${lang}-${home}-cook-timers`);
    await page.evaluate(() => window.scrollTo(0, 0));

    // Five minutes later the second timer rings and flashes; the first still runs.
    await page.clock.fastForward('05:01');
    await page.waitForSelector('[data-testid=timers] li[data-done]');
    await page.waitForFunction(() => (document.body.dataset.ring ?? '').startsWith('rang:'));
    assert.equal(await page.locator('[data-testid=timers] li[data-done]').count(), 1);
    await page.screenshot({ path: `../.test-output/recipes-${lang}-${home}-timer-rings.png` });
    await page.click('[data-testid=timers] li[data-done] [data-testid=timer-stop]');
    assert.equal(await page.locator('[data-testid=timers] li').count(), 1);
    await page.clock.fastForward('05:00');
    await page.waitForSelector('[data-testid=timers] li[data-done]');
    await page.click('[data-testid=cook-next]');
    await page.waitForSelector('[data-testid=cook-done]');
    await page.click('[data-testid=cook-done]');
    await page.waitForSelector('[data-screen=recipe]');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('a trainee records her own recipe with a photo, her voice, a timed step and an ingredient picked by picture', async () => {
  const page = await signIn('Amina', 'nb');
  await page.click('[data-testid=section-recipes] .main');
  await page.click('[data-testid=recipe-new]');
  await page.waitForSelector('[data-screen=record-recipe] [data-testid=recipe-start]');
  await page.setInputFiles('[data-testid=dish-photo-file]', { name: 'soup.png', mimeType: 'image/png', buffer: PNG });
  await page.waitForSelector('[data-testid=dish-photo]');
  await page.click('[data-testid=name-sound] [data-testid=record-start]');
  await page.click('[data-testid=name-sound] [data-testid=record-stop]');
  await page.click('[data-testid=name-sound] [data-testid=record-keep]');
  await page.waitForSelector('[data-testid=name-kept]');
  await page.click('[data-testid=country-SY]');
  await page.click('[data-testid=start-portions-6]');
  assert.deepEqual(await unspokenControls(page), []);
  await audit(page, 'recipes-record-start');
  await page.click('[data-testid=recipe-start] >> nth=-1');
  await page.waitForSelector('[data-testid=new-step]');

  await page.setInputFiles('[data-testid=step-photo-file]', { name: 'pot.png', mimeType: 'image/png', buffer: PNG });
  await page.waitForSelector('[data-testid=step-photo]');
  await page.click('[data-testid=step-sound] [data-testid=record-start]');
  await page.click('[data-testid=step-sound] [data-testid=record-stop]');
  await page.click('[data-testid=step-sound] [data-testid=record-keep]');
  await page.click('[data-testid=step-timer-20]');
  await page.click('[data-testid=step-add]');
  await page.waitForSelector('[data-testid=recorded-step-1]');
  await page.fill('[data-testid=new-step-text]', 'Server med sitron.');
  await page.click('[data-testid=step-add]');
  await page.waitForSelector('[data-testid=recorded-step-2]');
  await page.click('[data-testid=step-up-2]');
  await page.waitForFunction(() => document.querySelector('[data-testid=recorded-step-1]')?.textContent.includes('Server med sitron.'));

  await page.fill('[data-testid=ingredient-search]', 'linser');
  assert.deepEqual(await unspokenControls(page), [], 'every ingredient to pick has its picture and speakers');
  assert.deepEqual(await captionProblems(page, ['ar', 'nb']), []);
  await audit(page, 'recipes-record-catalogue');
  await page.click('[data-testid="pick-pack:lentils"]');
  await page.click('[data-testid=unit-dl]');
  await page.fill('[data-testid=amount-value]', '3');
  assert.deepEqual(await unspokenControls(page), []);
  await audit(page, 'recipes-record-ingredient');
  await page.click('[data-testid=ingredient-add]');
  await page.waitForSelector('[data-testid=recorded-ingredients] [data-ingredient="pack:lentils"]');
  await page.click('[data-testid=recipe-done]');
  await page.waitForSelector('[data-screen=recipe] [data-testid=recipe-name]');
  assert.match(await page.textContent('[data-testid=recipe-name]'), /Amina/, 'her name on her dish');
  assert.equal(await page.locator('[data-testid=allergens] [data-allergen]').count(), 0, 'lentils have none of the 14');
  await page.click('[data-testid=cook-start]');
  await page.waitForSelector('[data-testid=cook][data-step="1"]');
  assert.equal(await page.locator('[data-testid=timer-start]').count(), 0, 'the moved step has no timer');
  await page.click('[data-testid=cook-next]');
  await page.waitForSelector('[data-testid=cook][data-step="2"] [data-testid=cook-hear-step]');
  await page.waitForSelector('[data-testid=timer-start]');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a mentor writes a recipe with a food word that is no ingredient yet, and checks its allergens', async () => {
  const page = await signInKari(ctx.browser, ctx.server.url);
  await page.click('[data-testid=open-recipes]');
  await page.click('[data-testid=recipe-new]');
  await page.fill('[data-testid=recipe-title]', 'Soppsuppe');
  await page.click('[data-testid=recipe-start] >> nth=-1');
  await page.fill('[data-testid=new-step-text]', 'Stek soppen i smør.');
  await page.click('[data-testid=step-add]');
  await page.waitForSelector('[data-testid=recorded-step-1]');
  await page.fill('[data-testid=ingredient-search]', 'sopp');
  await page.click('[data-testid="pick-ing:pack:mushroom"]');
  await page.click('[data-testid=unit-g]');
  await page.fill('[data-testid=amount-value]', '300');
  await page.click('[data-testid=ingredient-add]');
  await page.waitForSelector('[data-testid=recorded-ingredients] [data-ingredient="ing:pack:mushroom"]');
  await page.click('[data-testid=recipe-done]');
  await page.waitForSelector('[data-testid=recipe-unchecked]');
  await page.click('[data-testid="check-ing:pack:mushroom"]');
  await page.waitForSelector('[data-testid="ingredient-check-ing:pack:mushroom"]');
  await audit(page, 'recipes-mentor-check-ingredient');
  await page.click('[data-testid=check-celery]');
  await page.click('[data-testid=check-save]');
  await page.waitForSelector('[data-testid=allergens] [data-allergen=celery]');
  assert.equal(await page.locator('[data-testid=recipe-unchecked]').count(), 0, 'checked by a mentor');
  await page.close();
});

test('a mentor puts dishes on the week menu, sees the week\'s allergens and saves it as a PDF', async () => {
  const page = await signInKari(ctx.browser, ctx.server.url);
  await page.click('[data-testid=open-recipes]');
  await page.click('[data-testid=menu-open]');
  await page.waitForSelector('[data-screen=menu] [data-testid^=menu-day-]');
  const monday = await page.locator('[data-testid^=menu-day-]').first().getAttribute('data-testid');
  const day = monday.slice('menu-day-'.length);
  await page.click(`[data-testid=add-to-${day}]`);
  await page.click('[data-testid="choose-pack:vafler"]');
  await page.waitForSelector(`[data-testid=menu-day-${day}] [data-testid="dish-pack:vafler"]`);
  await page.click(`[data-testid=add-to-${day}]`);
  await page.click('[data-testid="choose-pack:misir-wot"]');
  await page.waitForSelector(`[data-testid=menu-day-${day}] [data-testid="dish-pack:misir-wot"]`);
  const week = await page.locator('.summary [data-allergen]').evaluateAll((els) => els.map((e) => e.dataset.allergen));
  assert.deepEqual(week, ['gluten', 'eggs', 'milk']);
  await audit(page, 'recipes-menu-mentor');
  await page.selectOption('[data-testid=print-lang]', 'ar');
  await page.click('[data-testid=print-save]');
  await page.waitForSelector('[data-testid=printed]');
  assert.match(await page.textContent('[data-testid=printed]'), /prints\/meny-uke-\d+/);
  await page.close();
});
