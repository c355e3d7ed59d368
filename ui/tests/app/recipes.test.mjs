// The real app: a trainee opens a starter recipe, cooks it for ten step by step in cook
// mode, starts the timer of a timed step, and the timer rings through WebKitGTK's sound
// (Blob playback, a null-sink sound server) and flashes. The timers read the time through
// one function; the test moves it on by the timer's length instead of waiting.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoApp, signInTrainee } from './webdriver.mjs';

const { shots, session } = demoApp('recipes');

test('a trainee cooks waffles for ten in the real app and the timer of the resting step rings', async () => {
  const s = await session();
  try {
    await s.click('[data-testid=language-nb] .name');
    await signInTrainee(s, 'Amina');
    await s.click('[data-testid=section-recipes] .main');
    await s.click('[data-testid="recipe-card-pack:vafler"] .picture');
    await s.find('[data-testid=recipe-name]');
    await s.click('[data-testid=portions-10]');
    await s.until("return document.querySelector('[data-testid=portions-value]')?.textContent === '10'");
    // The core scaled and rounded: 2,5 dl flour for four is 6,5 dl for ten.
    assert.equal(await s.text('[data-testid="amount-pack:flour"]'), '6,5 dl');
    writeFileSync(join(shots, 'recipe-vafler.png'), await s.screenshot());

    await s.click('[data-testid=cook-start]');
    await s.find('[data-testid=cook][data-step="1"]');
    const step1 = await s.text('[data-testid=step-text]');
    assert.match(step1, /Visp egg og sukker luftig\./, 'the step in Norwegian');
    assert.match(step1, /اخفقي البيض والسكر/, 'and in her language');
    for (let step = 2; step <= 4; step++) {
      await s.click('[data-testid=cook-next]');
      await s.find(`[data-testid=cook][data-step="${step}"]`);
    }
    await s.click('[data-testid=timer-start]');
    await s.find('[data-testid=timers] [data-testid=timer-left]');
    assert.equal(await s.script("return document.querySelectorAll('[data-testid=timers] li[data-done]').length"), 0);
    // Fifteen minutes later.
    await s.script('globalThis.__mestreClockOffsetMs = 15 * 60 * 1000 + 1000;');
    await s.find('[data-testid=timers] li[data-done]');
    const rang = await s.until("return (document.body.dataset.ring || '').startsWith('rang:') && document.body.dataset.ring", 10000);
    assert.match(rang, /^rang:\d+$/, 'the bell played through WebKitGTK');
    writeFileSync(join(shots, 'cook-timer-rings.png'), await s.screenshot());
    await s.click('[data-testid=timers] li[data-done] [data-testid=timer-stop]');
    await s.click('[data-testid=cook-next]');
    await s.find('[data-testid=cook-done]');
    await s.click('[data-testid=cook-done]');
    await s.find('[data-testid=recipe-name]');
  } finally {
    await s.end();
  }
});
