// Employee import through the web app: upload a CSV with one bad row, follow
// the job, read the rejected row's line, column and reason; all-or-nothing.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiGet, openPage, shot, signIn, useSuite } from './harness.mjs';
import { xlsx } from './xlsx.mjs';

const suite = useSuite();

const HEADER = 'nip,nama,jenis_pegawai,kategori_jabatan,nama_jabatan,golongan,jenis_kelamin,kode_instansi';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Upload a file (CSV text or an XLSX Buffer) on the import page and wait until the job is no longer running. */
async function upload(page, name, content, { allOrNothing = false } = {}) {
  const mimeType = name.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv';
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Impor' }).click();
  await page.getByRole('heading', { level: 1, name: 'Impor pegawai' }).waitFor();
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  await page.locator('#import-file').setInputFiles({ name, mimeType, buffer });
  assert.equal(await page.getByTestId('file-name').innerText(), name);
  if (allOrNothing) await page.getByLabel('Semua atau tidak sama sekali').check();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/v1/imports/employees') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Unggah' }).click(),
  ]);
  assert.equal(response.status(), 202, await response.text());
  assert.equal(response.request().headers()['content-type'], mimeType);
  assert.ok(response.request().headers()['x-csrf-token'], 'the upload carries the CSRF token');
  const job = await response.json();
  await page.waitForURL(`**/impor/${job.id}`);
  await page.locator(`section.job:not([data-status="running"])`).waitFor({ timeout: 60_000 });
  return apiGet(page, `/imports/${job.id}`);
}

test('a CSV with one bad row imports the good rows and lists the bad one', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('operator_instansi'));
    const agency = (await apiGet(page, '/agencies?kind=dinas&q=Kesehatan&limit=1')).items[0];
    assert.ok(agency, 'the operator has a Dinas Kesehatan in scope');
    const csv = [
      HEADER,
      `197902282003032917,Uji Impor Satu,PNS,FUNGSIONAL,Perawat Ahli Pertama,III/a,P,${agency.code}`,
      `198613262015051001,Uji Impor Salah,PNS,PELAKSANA,Pengadministrasi Umum,II/c,L,${agency.code}`,
      `198101152006041918,Uji Impor Dua,PNS,PELAKSANA,Pengadministrasi Umum,II/d,L,${agency.code}`,
      '',
    ].join('\n');
    const job = await upload(page, 'pegawai-uji.csv', csv);
    assert.equal(job.status, 'done', JSON.stringify(job));
    assert.equal(job.inserted, 2);
    assert.equal(job.rejected, 1);
    assert.equal(job.errors.length, 1);

    const section = page.locator('section.job');
    assert.equal(await page.getByTestId('job-status').innerText(), 'Selesai');
    assert.equal(await page.getByTestId('inserted').innerText(), '2');
    assert.equal(await page.getByTestId('updated').innerText(), '0');
    assert.equal(await page.getByTestId('rejected').innerText(), '1');
    assert.match(await page.getByTestId('processed').innerText(), /^3( dari 3)?$/);

    const row = section.locator('table.errors tbody tr');
    assert.equal(await row.count(), 1);
    assert.equal(await row.locator('td[data-label="Baris"]').innerText(), '3');
    assert.equal(await row.locator('td[data-label="Kolom"]').innerText(), 'nip');
    const reasonId = job.errors[0].reason ?? job.errors[0].reason_id;
    assert.ok(reasonId);
    assert.equal(await row.locator('td[data-label="Alasan"]').innerText(), reasonId);
    await shot(page, 'import-result', { fullPage: true });

    // The reason follows the language.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await section.getByTestId('job-status').getByText('Done', { exact: true }).waitFor();
    assert.equal(await row.locator('td[data-label="Reason"]').innerText(), job.errors[0].reason_en);
    await shot(page, 'import-result-en', { fullPage: true });
    await page.getByRole('button', { name: 'ID', exact: true }).click();

    // The good rows are now employees; the bad one is not.
    const found = await apiGet(page, '/employees?q=Uji%20Impor&limit=10');
    assert.deepEqual(found.items.map((e) => e.name).sort(), ['Uji Impor Dua', 'Uji Impor Satu']);

    // Importing the same file again updates by NIP and never duplicates.
    const again = await upload(page, 'pegawai-uji.csv', csv);
    assert.equal(again.inserted, 0);
    assert.equal(again.updated, 2);
    assert.equal(await page.getByTestId('updated').innerText(), '2');
    assert.equal((await apiGet(page, '/employees?q=Uji%20Impor&limit=10')).total, 2);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('all-or-nothing rejects the whole file when one row is bad', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('operator_instansi'));
    const agency = (await apiGet(page, '/agencies?kind=dinas&q=Kesehatan&limit=1')).items[0];
    const csv = [
      HEADER,
      `197705052001122919,Uji Semua Satu,PNS,FUNGSIONAL,Bidan Ahli Muda,III/c,P,${agency.code}`,
      `197705052001122920,Uji Semua Dua,PNS,FUNGSIONAL,Bidan Ahli Muda,III/c,X,${agency.code}`,
    ].join('\n');
    const job = await upload(page, 'semua-atau-tidak.csv', csv, { allOrNothing: true });
    assert.equal(job.inserted, 0);
    assert.equal(job.updated, 0);
    assert.ok(job.rejected >= 1);
    const line = page.locator('section.job table.errors tbody tr td[data-label="Baris"]');
    assert.deepEqual(await line.allInnerTexts(), job.errors.map((e) => String(e.line)));
    assert.ok(job.errors.some((e) => e.line === 3));
    assert.equal(await page.getByTestId('inserted').innerText(), '0');
    assert.equal((await apiGet(page, '/employees?q=Uji%20Semua&limit=10')).total, 0);
    await shot(page, 'import-all-or-nothing', { fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('an XLSX file imports the same way, naming the bad cell', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('operator_instansi'));
    const agency = (await apiGet(page, '/agencies?kind=dinas&q=Kesehatan&limit=1')).items[0];
    const file = xlsx([
      HEADER.split(','),
      ['199002142019032921', 'Uji Xlsx Satu', 'PNS', 'FUNGSIONAL', 'Perawat Ahli Pertama', 'III/a', 'P', agency.code],
      ['199103032019031922', 'Uji Xlsx Salah', 'PNS', 'FUNGSIONAL', 'Perawat Ahli Pertama', 'V/z', 'L', agency.code],
    ]);
    const job = await upload(page, 'pegawai-uji.xlsx', file);
    assert.equal(job.status, 'done', JSON.stringify(job));
    assert.equal(job.inserted, 1);
    assert.equal(job.rejected, 1);
    const row = page.locator('section.job table.errors tbody tr');
    assert.equal(await row.count(), 1);
    assert.equal(await row.locator('td[data-label="Baris"]').innerText(), '3');
    assert.equal(await row.locator('td[data-label="Kolom"]').innerText(), 'golongan');
    const found = await apiGet(page, '/employees?q=Uji%20Xlsx&limit=10');
    assert.deepEqual(found.items.map((e) => e.name), ['Uji Xlsx Satu']);
    await shot(page, 'import-xlsx', { fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
