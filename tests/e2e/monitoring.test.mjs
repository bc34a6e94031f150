// Early warning, the review flow: the demo's monitored accounts were scanned
// by the server; a pengawas opens the queue, reads an alert with its matched
// spans highlighted and the employee behind the account, confirms it — which
// opens a finding with the event as hashed evidence — and dismisses another
// with a reason. An auditor can read but not decide. Two confirms at once
// open one finding; an alert another confirm holds shows as being confirmed
// until that claim goes stale.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { apiGet, openPage, shot, signIn, useSuite, PHONE } from './harness.mjs';

const run = promisify(execFile);

const suite = useSuite();

test('a pengawas confirms one alert into a finding and dismisses another', async () => {
  const { page, problems, context } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('pengawas'));
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    await nav.getByRole('link', { name: 'Peringatan dini' }).click();
    await page.getByRole('heading', { level: 1, name: 'Peringatan dini' }).waitFor();
    const items = page.locator('.alert-item');
    await items.first().waitFor();

    // The queue holds only open alerts of the pengawas's region, best score first.
    const queue = await apiGet(page, '/monitoring/alerts?status=open&limit=100');
    assert.ok(queue.total >= 2, `demo alerts in the region: ${queue.total}`);
    for (const alert of queue.items) assert.match(alert.region_code, /^35\.13/);
    const scores = queue.items.map((a) => a.score);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    await shot(page, 'alerts-queue');

    // A post with matched spans: open it from the list.
    const post = queue.items.find((a) => a.event.kind === 'post' && a.spans.length > 0 && a.employee);
    assert.ok(post, 'a post alert with spans and a linked employee');
    await page.goto(`/peringatan/${post.id}`);
    await page.getByRole('heading', { level: 1, name: `Peringatan #${post.id}` }).waitFor();
    const marks = page.getByTestId('event-text').locator('mark');
    assert.equal(await marks.count(), post.spans.filter((s) => s.field === 'text').length);
    assert.equal(await marks.first().innerText(), post.spans.find((s) => s.field === 'text').text);
    await page.getByText(post.employee.name, { exact: true }).waitFor();
    await page.getByText(post.employee.agency_name, { exact: true }).first().waitFor();
    await shot(page, 'alert-detail', { fullPage: true });

    const [confirmed] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/monitoring/alerts/${post.id}/confirm`)),
      page.getByRole('button', { name: 'Konfirmasi dan buka temuan' }).click(),
    ]);
    assert.equal(confirmed.status(), 200, await confirmed.text());
    const decided = await confirmed.json();
    assert.equal(decided.status, 'confirmed');
    assert.ok(decided.finding_id > 0);
    assert.match(decided.evidence_sha256, /^[0-9a-f]{64}$/);
    await page.getByTestId('finding').getByText(`Temuan #${decided.finding_id}`).waitFor();
    await shot(page, 'alert-confirmed');

    // Dismissing needs a reason; the browser asks for it, the server insists too.
    const other = queue.items.find((a) => a.id !== post.id);
    await page.goto(`/peringatan/${other.id}`);
    await page.getByRole('heading', { level: 1, name: `Peringatan #${other.id}` }).waitFor();
    await page.getByLabel('Alasan mengabaikan (wajib)').fill('Akun ini milik warga biasa, bukan ASN yang bersangkutan');
    const [dismissed] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/monitoring/alerts/${other.id}/dismiss`)),
      page.getByRole('button', { name: 'Abaikan', exact: true }).click(),
    ]);
    assert.equal(dismissed.status(), 200, await dismissed.text());
    await page.getByText('Akun ini milik warga biasa, bukan ASN yang bersangkutan').waitFor();

    const after = await apiGet(page, '/monitoring/alerts?status=open&limit=100');
    assert.equal(after.total, queue.total - 2);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the review page works on a phone and an auditor cannot decide', async () => {
  const { page, problems, context } = await openPage(suite.browser, suite.netra.baseUrl, { viewport: PHONE });
  try {
    await signIn(page, suite.netra.account('auditor'));
    await page.goto('/peringatan?status=confirmed');
    await page.getByRole('heading', { level: 1, name: 'Peringatan dini' }).waitFor();
    await page.locator('.alert-item').first().waitFor();
    const first = await page.locator('.alert-item a').first().getAttribute('href');
    await page.goto(first);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Konfirmasi dan buka temuan' }).count(), 0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no horizontal scrolling on a phone (${width}px)`);
    await shot(page, 'alert-phone', { fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('two confirms at once open one finding; a held alert shows as being confirmed', async () => {
  const { page, problems, context } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('pengawas'));
    const queue = await apiGet(page, '/monitoring/alerts?status=open&limit=100');
    assert.ok(queue.items.length >= 2, `open alerts left: ${queue.items.length}`);
    const [raced, held] = queue.items;

    // A double click, or two officers: both requests reach the server together.
    const answers = await page.evaluate(async (id) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const confirm = () =>
        fetch(`/api/v1/monitoring/alerts/${id}/confirm`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
          body: '{}',
        }).then(async (r) => ({ status: r.status, body: await r.json() }));
      return Promise.all([confirm(), confirm()]);
    }, raced.id);
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409], JSON.stringify(answers));
    const lost = answers.find((a) => a.status === 409).body;
    assert.ok(['alert_being_confirmed', 'alert_decided'].includes(lost.code), JSON.stringify(lost));
    const after = await apiGet(page, `/monitoring/alerts/${raced.id}`);
    assert.equal(after.status, 'confirmed');
    assert.equal(after.finding_id, answers.find((a) => a.status === 200).body.finding_id);

    // A confirm whose server process died right after claiming the alert.
    const now = Math.floor(Date.now() / 1000);
    const claim = (at) =>
      run('sqlite3', [suite.netra.db, `UPDATE monitoring_alerts SET status = 'confirming', claimed_by = 999999, claimed_at = ${at} WHERE id = ${held.id}`]);
    await claim(now);
    await page.goto('/peringatan?status=confirming');
    await page.locator('.alert-item').first().waitFor();
    assert.equal(await page.locator('.alert-item .badge-confirming').count(), 1);
    await page.goto(`/peringatan/${held.id}`);
    const holding = page.getByTestId('confirming');
    await holding.getByText('Seorang pengawas sedang mengonfirmasi peringatan ini').waitFor();
    await holding.getByText('Bila belum selesai sampai').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Konfirmasi dan buka temuan' }).count(), 0);
    await shot(page, 'alert-being-confirmed', { fullPage: true });

    // Past the 5-minute limit the claim no longer holds: the page offers the decision again.
    await claim(now - 301);
    await holding.getByRole('button', { name: 'Muat ulang' }).click();
    await holding.getByText('Konfirmasi ini tidak selesai').waitFor();
    const [confirmed] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/monitoring/alerts/${held.id}/confirm`)),
      page.getByRole('button', { name: 'Konfirmasi dan buka temuan' }).click(),
    ]);
    assert.equal(confirmed.status(), 200, await confirmed.text());
    await page.getByTestId('finding').waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
