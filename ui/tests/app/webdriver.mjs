// A small W3C WebDriver client (fetch only) for driving the real Mestre app through
// tauri-driver, which forwards to WebKitWebDriver. Each run gets its own HOME, XDG
// dirs and data directory, and free ports on 127.0.0.1.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';

/** Environment for one run of the real app: its own HOME, XDG dirs and data directory. */
export function appEnv(home, dataDir) {
  return {
    ...process.env,
    HOME: home,
    XDG_DATA_HOME: `${home}/data`,
    XDG_CACHE_HOME: `${home}/cache`,
    XDG_CONFIG_HOME: `${home}/config`,
    MESTRE_DATA_DIR: dataDir,
    MESTRE_LISTEN: '127.0.0.1:0',
    MESTRE_MDNS: 'loopback', // never multicast onto a real network from a test
    TAURI_WEBVIEW_AUTOMATION: 'true',
  };
}

/**
 * The demo café in a HOME of its own for one test file, with the driver that runs the
 * real app on it: made before the file's tests, stopped after them. `session()` opens the
 * app; `cli`, `data` and `env` run `mestre` on the same café; `shots` is where screenshots go.
 */
export function demoApp(name, { trainees = 2, days = 3 } = {}) {
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
  const home = mkdtempSync(join(tmpdir(), `mestre-${name}-test-`));
  const run = {
    app: join(root, 'target/debug/mestre-app'),
    cli: join(root, 'target/debug/mestre'),
    shots: join(root, '.test-output/app'),
    data: join(home, 'mestre'),
    driver: null,
    session: () => Session.start(run.driver.base, run.app),
  };
  run.env = appEnv(home, run.data);
  before(async () => {
    mkdirSync(run.shots, { recursive: true });
    execFileSync(run.cli, ['--data', run.data, 'demo-data', '--trainees', String(trainees), '--days', String(days)], { env: run.env });
    run.driver = await startDriver(run.env);
  });
  after(() => run.driver?.stop());
  return run;
}

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startDriver(env) {
  const port = await freePort();
  const nativePort = await freePort();
  // Its own process group: stopping it stops WebKitWebDriver and any app it started too,
  // so no app outlives its test (an orphaned app would keep this file's output open).
  const child = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    env, stdio: ['ignore', 'inherit', 'inherit'], detached: true,
  });
  const stopAll = () => {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  };
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) return { base, stop: stopAll };
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  stopAll();
  throw new Error('tauri-driver did not start');
}

export class Session {
  static async start(base, application) {
    const r = await fetch(`${base}/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ capabilities: { alwaysMatch: { 'tauri:options': { application } } } }),
    });
    const body = await r.json();
    if (!r.ok) throw new Error(`session: ${JSON.stringify(body)}`);
    return new Session(base, body.value.sessionId);
  }

  constructor(base, id) {
    this.url = `${base}/session/${id}`;
  }

  async cmd(method, path, body) {
    const r = await fetch(`${this.url}${path}`, {
      method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
    });
    const json = await r.json();
    if (!r.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  }

  async find(css, { timeoutMs = 15000 } = {}) {
    const until = Date.now() + timeoutMs;
    let last;
    while (Date.now() < until) {
      try {
        const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
        return Object.values(el)[0];
      } catch (e) {
        last = e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`no element ${css}: ${last}`);
  }

  async click(css) {
    const id = await this.find(css);
    await this.cmd('POST', `/element/${id}/click`, {});
  }

  /** Type `text` into the field `css`, as keys. */
  async type(css, text) {
    const id = await this.find(css);
    await this.cmd('POST', `/element/${id}/value`, { text });
  }

  async text(css) {
    const id = await this.find(css);
    return this.cmd('GET', `/element/${id}/text`);
  }

  async script(source, args = []) {
    return this.cmd('POST', '/execute/sync', { script: source, args });
  }

  /** Wait until `source` (a function body returning a value) returns something truthy. */
  async until(source, timeoutMs = 15000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const v = await this.script(source);
      if (v) return v;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for: ${source}`);
  }

  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }

  async end() {
    await fetch(this.url, { method: 'DELETE' }).catch(() => {});
  }
}

/** Sign a demo trainee in with the demo pictures (from the wall). */
export async function signInTrainee(s, name) {
  await s.click(`[data-testid="person-${name}"] .main`);
  for (const p of ['apple', 'fish', 'sun']) await s.click(`.pad [data-picture=${p}]`);
  await s.find('[data-testid=trainee-home]');
}

/** Sign the demo mentor Kari in (from the wall). */
export async function signInKari(s) {
  await s.click('[data-testid="person-Kari"] .main');
  const id = await s.find('#password');
  await s.cmd('POST', `/element/${id}/value`, { text: 'mestre-demo' });
  await s.click('button[type=submit]');
  await s.find('[data-screen=mentor-home]');
  // Today's board loads above the rest: once it is there, the page stops moving.
  await s.find('[data-screen=mentor-home] section.today');
}

/** "My day": next, next… until step `key` shows. */
export async function goToStep(s, key) {
  for (let i = 0; i < 12; i++) {
    if ((await s.script("return document.querySelector('[data-testid=my-day]')?.dataset.step")) === key) return;
    await s.click('[data-testid=step-next]');
  }
  throw new Error(`no step ${key}`);
}
