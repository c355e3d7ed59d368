// The real app: Kari adds a task card of the café's own with its Arabic name on her
// laptop, and in the studio records the café's injera batter in Somali from the
// (simulated) microphone; then Hodan, who reads Somali, hears that recording from her
// fridge catalogue (Somali has no synthetic voice: without it Norwegian would speak),
// and Amina picks the café's card on her day, named in Arabic beside Norwegian.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoApp, signInKari, signInTrainee } from './webdriver.mjs';

const run = demoApp('content', { days: 3 });
const { shots, session } = run;
const plain = (t) => t.replace(/[\u2068\u2069]/g, '');

test('a mentor adds a card and records a food in Somali, and her trainees find and hear them (real app)', async () => {
  const s = await session();
  try {
    await s.click('[data-testid=language-nb] .name');
    await signInKari(s);
    await s.click('[data-testid=open-content]');
    await s.find('[data-testid=task-cards] [data-testid=card-wash-hands]');
    await s.click('[data-testid=task-add]');
    await s.type('[data-testid=task-name]', 'Fylle kaffebønner');
    await s.click('[data-testid=task-area-serving]');
    await s.click('[data-testid=task-picture] [data-picture=task-make-coffee]');
    await s.type('[data-testid=task-texts] [data-lang=ar]', 'تعبئة حبوب القهوة');
    await s.click('[data-testid=task-save]');
    const id = await s.until(
      "const r = [...document.querySelectorAll('[data-testid=task-cards] li[data-own=true]')].find((li) => li.textContent.includes('Fylle kaffebønner')); return r && r.dataset.testid.replace('card-', '')",
      10000,
    );
    writeFileSync(join(shots, 'content-tasks.png'), await s.screenshot());

    // The studio: Somali, the café's foods, the injera batter the demo café keeps.
    await s.click('[data-testid=content-studio]');
    await s.find('[data-testid=studio-progress]');
    await s.script("const e = document.querySelector('#studio-lang'); e.value = 'so'; e.dispatchEvent(new Event('change', { bubbles: true }));");
    await s.click('[data-testid=studio-tab-content]');
    await s.click('[data-testid=studio-kind-food]');
    const batter = await s.until(
      "const i = [...document.querySelectorAll('[data-testid=studio-item]')].find((li) => li.textContent.includes('Injerarøre')); return i && i.dataset.item",
      10000,
    );
    const row = `[data-testid=studio-item][data-item="${batter}"]`;
    assert.equal(await s.script(`return document.querySelector('${row} [data-testid=studio-write]').value`), 'Cajiinka canjeerada', 'the Somali name the café wrote');
    await s.click(`${row} [data-testid=record-start]`);
    await s.until(`const e = document.querySelector('${row} [data-testid=record-seconds]'); return e && Number(e.dataset.seconds) >= 1.5`, 20000);
    await s.click(`${row} [data-testid=record-stop]`);
    await s.click(`${row} [data-testid=record-keep]`);
    // Recorded, it leaves the list of what is missing; the food group counts it.
    await s.until(`return !document.querySelector('${row}')`, 15000);
    assert.match(plain(await s.text('[data-testid=studio-content-progress]')), /Soomaali: 1 av/);
    writeFileSync(join(shots, 'content-studio.png'), await s.screenshot());
    await s.click('[data-testid=nav-back]');
    await s.click('[data-testid=mentor-logout]');

    // Hodan's catalogue: the batter in Somali; its Somali speaker plays Kari's recording.
    await signInTrainee(s, 'Hodan');
    await s.click('[data-testid=section-fridge] .main');
    await s.click('[data-testid=fridge-catalogue] .main');
    const key = batter.replace('food:', '');
    await s.find(`[data-testid="item-${key}"]`);
    await s.script(`document.querySelector('[data-testid="item-${key}"]').scrollIntoView()`);
    await s.click(`[data-testid="item-${key}"] [data-item="${batter}"] [data-speaker-lang=so]`);
    assert.equal(await s.until('return document.body.dataset.speech', 10000), 'played:so', 'her language, from the recording');
    assert.equal(await s.script(`return document.querySelectorAll('[data-testid="item-${key}"] [data-testid=speech-sign]').length`), 0, 'no muted-speaker sign');
    writeFileSync(join(shots, 'content-hodan-catalogue.png'), await s.screenshot());
    await s.click('[data-testid=nav-home]');
    await s.click('[data-testid=section-logout] .main');

    // Amina's day: the café's new card in Arabic beside Norwegian, chosen with a tap.
    await signInTrainee(s, 'Amina');
    await s.click('[data-testid=section-my-day] .main');
    await s.find('[data-testid=my-day]');
    for (let i = 0; i < 12 && !(await s.script(`return !!document.querySelector('[data-testid="task-${id}"]')`)); i++) {
      await s.click('[data-testid=step-next]');
    }
    const lines = await s.script(`return [...document.querySelectorAll('[data-testid="task-${id}"] [data-line] .text')].map((e) => e.getAttribute('lang') + ':' + e.textContent)`);
    assert.deepEqual(lines, ['ar:تعبئة حبوب القهوة', 'nb:Fylle kaffebønner']);
    await s.click(`[data-testid="task-${id}"] .main`);
    await s.find(`[data-testid="task-${id}"].selected`);
    writeFileSync(join(shots, 'content-amina-day.png'), await s.screenshot());
  } finally {
    await s.end();
  }
});
