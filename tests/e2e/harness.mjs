// Starts the real Netra backend for a browser test file and drives headless
// Debian Chromium through playwright-core.
//
// startNetra(): makes a temp dir, runs `$NETRA_BIN demo --db <tmp>/netra.db`
// (reading the demo accounts from its output), then `$NETRA_BIN serve` on a
// free loopback port with --static web/dist, and waits for /healthz. stop()
// sends SIGTERM and removes the temp dir. useSuite() does both around a test
// file, with Chromium. `db` is the SQLite file, for tests that must set up a
// state no request can make (e.g. a confirm whose process died).
//
// Environment: NETRA_BIN (default build/src/cli/netra), NETRA_STATIC (default
// web/dist), NETRA_DEMO_PASSWORD (when the demo output cannot be parsed),
// CHROMIUM (default /usr/bin/chromium).

import { spawn, execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, access } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { after, before } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..');
const BIN = process.env.NETRA_BIN ?? path.join(ROOT, 'build', 'src', 'cli', 'netra');
const STATIC = process.env.NETRA_STATIC ?? path.join(ROOT, 'web', 'dist');
const SHOTS = path.join(here, 'screenshots');
const run = promisify(execFile);

export const ROLES = ['admin', 'operator_instansi', 'pengawas', 'penilai', 'ppk', 'auditor', 'asn'];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Reads the demo accounts from `netra demo` output (src/cli/demo_command.cc):
 * a line per account, "username role region description", and the shared
 * password on the heading line that says "password". Returns
 * { password, byRole: {role: [usernames in printed order]} }.
 */
export function parseDemoAccounts(output) {
  let password = process.env.NETRA_DEMO_PASSWORD ?? null;
  const byRole = {};
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    const pw = /(?:password|kata sandi)\b[^:=]*[:=]\s*(\S+)/i.exec(line);
    if (pw && !password) password = pw[1].replace(/^["'`(]+|["'`),.;:]+$/g, '');
    // An account line: "  <username>  <role>  <region>  <description>".
    const tokens = line.split(/\s+/);
    const at = tokens.findIndex((token, i) => i > 0 && ROLES.includes(token));
    if (at < 1) continue;
    const role = tokens[at];
    const username = tokens.slice(0, at).reverse().find((token) => /^[a-z0-9._-]{3,64}$/.test(token));
    if (username) (byRole[role] ??= []).push(username);
  }
  return { password, byRole };
}

export async function startNetra() {
  await access(BIN).catch(() => {
    throw new Error(`netra binary not found at ${BIN}: build it (./dev build) or set NETRA_BIN`);
  });
  await access(path.join(STATIC, 'index.html')).catch(() => {
    throw new Error(`web app not built at ${STATIC}: run npm ci && npm run build in web/`);
  });
  const dir = await mkdtemp(path.join(tmpdir(), 'netra-e2e-'));
  const db = path.join(dir, 'netra.db');
  let server = null;
  let log = '';
  let exited = Promise.resolve(null);
  const stopServer = async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };

  let baseUrl;
  let accounts;
  try {
    const demo = await run(BIN, ['demo', '--db', db], { cwd: ROOT, maxBuffer: 16 << 20, timeout: 120_000 });
    accounts = parseDemoAccounts(`${demo.stdout}\n${demo.stderr}`);
    if (!accounts.password) throw new Error(`no demo password found in netra demo output:\n${demo.stdout}`);

    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(BIN, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--static', STATIC], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk) => {
      log = (log + chunk.toString()).slice(-20_000);
    };
    server.stdout.on('data', keep);
    server.stderr.on('data', keep);
    exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));

    const deadline = Date.now() + 60_000;
    for (;;) {
      const early = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve(null), 100))]);
      if (early) throw new Error(`netra serve exited (${JSON.stringify(early)}) before it was healthy:\n${log}`);
      try {
        const response = await fetch(`${baseUrl}/healthz`);
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`netra serve did not become healthy in 60 s:\n${log}`);
    }
  } catch (error) {
    await stopServer();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  const account = (role) => {
    const name = accounts.byRole[role]?.[0];
    if (!name) throw new Error(`no ${role} account in netra demo output`);
    return { username: name, password: accounts.password };
  };

  return {
    baseUrl,
    db,
    account,
    accounts,
    log: () => log,
    async stop() {
      await stopServer();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Starts netra and Chromium once for the calling test file and stops both after
 * it; the returned object's `netra` and `browser` are set once `before` has run.
 */
export function useSuite() {
  const suite = { netra: undefined, browser: undefined };
  before(async () => {
    suite.netra = await startNetra();
    suite.browser = await launchBrowser();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.netra?.stop();
  });
  return suite;
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 860 };

/**
 * A fresh browser context (own cookies and storage) with one page; collects
 * uncaught page errors and CSP violations so tests can assert there were none.
 */
export async function openPage(browser, baseUrl, { viewport = DESKTOP } = {}) {
  const context = await browser.newContext({ viewport, baseURL: baseUrl, locale: 'id-ID' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`csp: ${message.text()}`);
    }
  });
  page.setDefaultTimeout(15_000);
  return { context, page, problems };
}

/** Signs in through the form (Indonesian labels) and waits for the header. */
export async function signIn(page, { username, password }) {
  await page.goto('/');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByTestId('who').waitFor({ state: 'attached' });
}

/** Saves tests/e2e/screenshots/<name>.png, scrolled to the top unless `top` is false. */
export async function shot(page, name, { fullPage = false, top = true } = {}) {
  await mkdir(SHOTS, { recursive: true });
  if (top && !fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

/** GET an API path with the page's session (same origin, same cookie). */
export async function apiGet(page, pathAndQuery) {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
    return response.json();
  }, `/api/v1${pathAndQuery}`);
}

export const idNumber = (n) => new Intl.NumberFormat('id-ID').format(n);
