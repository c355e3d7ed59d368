// Two real instances: a headless `mestre hub` with the demo café, and the desktop app on
// an empty data directory under Xvfb. The app joins the hub by its pairing code, syncs,
// and shows the hub's trainees with their photos; then a trainee added in the app
// reaches the hub on the next sync.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { appEnv, freePort, startDriver, Session } from './webdriver.mjs';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const app = join(root, 'target/debug/mestre-app');
const cli = join(root, 'target/debug/mestre');
const shots = join(root, '.test-output/app');

const home = mkdtempSync(join(tmpdir(), 'mestre-pair-test-'));
const hubDir = join(home, 'hub');
const env = appEnv(home, join(home, 'tablet'));
let driver, hub, hubAddress, code;

before(async () => {
  mkdirSync(shots, { recursive: true });
  execFileSync(cli, ['--data', hubDir, 'demo-data', '--trainees', '3', '--days', '5'], { env });
  const port = await freePort();
  hubAddress = `127.0.0.1:${port}`;
  hub = spawn(cli, ['--data', hubDir, '--mentor', 'Kari', 'hub', '--listen', hubAddress, '--pair'], {
    env: { ...env, MESTRE_MENTOR_PASSWORD: 'mestre-demo' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: hub.stdout });
  for await (const line of lines) {
    const m = /pairing code: (\d{6})/.exec(line);
    if (m) { code = m[1]; break; }
  }
  driver = await startDriver(env);
});
after(() => {
  driver?.stop();
  hub?.kill('SIGTERM');
});

test('the desktop app joins a mestre hub by code, syncs its café with photos, and sends a new trainee back', async () => {
  const s = await Session.start(driver.base, app);
  try {
    await s.click('[data-testid=language-nb] .name');
    await s.click('[data-testid=setup-join]');
    await s.find('[data-screen=join]');
    const fill = async (css, text) => {
      const id = await s.find(css);
      await s.cmd('POST', `/element/${id}/clear`, {});
      await s.cmd('POST', `/element/${id}/value`, { text });
    };
    await fill('#peer-address', hubAddress);
    await fill('#pair-code', code === '000000' ? '111111' : '000000');
    await s.click('button[type=submit]');
    assert.equal(await s.text('[data-testid=join-error]'), 'Feil kode. Prøv igjen.');
    await fill('#pair-code', code);
    await s.click('button[type=submit]');
    await s.find('[data-screen=wall]', { timeoutMs: 30000 });
    const photo = await s.until(
      "const img = document.querySelector('[data-testid=\"person-Amina\"] img'); return img && img.complete && img.naturalWidth > 100 && img.naturalWidth",
      30000,
    );
    assert.ok(photo > 100, 'Amina’s photo came over from the hub');
    await s.find('[data-testid=sync-card]');
    writeFileSync(join(shots, '5-synced-from-hub.png'), await s.screenshot());

    // Kari (her password came with the sync) adds a trainee on the tablet…
    await s.click('[data-testid="person-Kari"] .main');
    await fill('#password', 'mestre-demo');
    await s.click('button[type=submit]');
    // Today's board comes in above the list: wait for it, so the page stops moving.
    await s.find('[data-testid=today-card]');
    await s.click('[data-testid=add-trainee]');
    await fill('#trainee-name', 'Leyla');
    for (const p of ['heart', 'tree', 'cup', 'heart', 'tree', 'cup']) await s.click(`.pad [data-picture=${p}]`);
    await s.click('[data-testid=save-trainee]');
    await s.find('[data-screen=mentor-home]');
    // …and syncs from the sync card.
    await s.click('[data-testid=sync-now]');
    await s.find('[data-testid=sync-done]', { timeoutMs: 30000 });
  } finally {
    await s.end();
  }
  const info = JSON.parse(execFileSync(cli, ['--data', hubDir, 'info'], { env }).toString());
  assert.equal(info.trainees, 4, 'the hub now has Leyla too');
});
