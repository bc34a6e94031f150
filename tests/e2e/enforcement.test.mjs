// Issue 4 end to end through the web app: a citizen reports on a phone (the
// draft survives a reload), gets a receipt code, and follows the case on the
// receipt page while the pengawas registers, clarifies, studies and recommends,
// BKN verifies and the PPK records the sanction. Real API, real UI.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, apiGet, openPage, shot, signIn, useSuite } from './harness.mjs';

const suite = useSuite();

// A 1×1 PNG: the server sniffs the type from the bytes, so it must be a real one.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

const account = (username) => {
  const { password } = suite.netra.account('admin');
  return { username, password };
};

const daysAgo = (n) => new Date(Date.now() - n * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

async function noHorizontalScroll(page, what) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(widths.scroll <= widths.client, `${what}: page is ${widths.scroll}px wide in a ${widths.client}px viewport`);
}

/** Opens the move's form on the case page, fills its fields and waits for the server to accept it. */
async function move(page, to, fields, label, { open = true } = {}) {
  const form = page.locator(`details[data-move="${to}"]`);
  if (open) await form.locator('summary').click();
  for (const [name, value] of Object.entries(fields)) await form.locator(`[name="${name}"]`).fill(value);
  const answer = page.waitForResponse((r) => r.url().includes('/transitions') && r.request().method() === 'POST');
  await form.getByRole('button', { name: `Simpan: ${label}` }).click();
  const response = await answer;
  assert.equal(response.status(), 200, `move to ${to}: ${await response.text()}`);
  const moved = await response.json();
  assert.equal(moved.status, to);
  return moved;
}

/** Rows per page of the inbox (web/src/pages/Cases.tsx). */
const PAGE = 25;

/** Waits until the inbox says `count` ("12 kasus") and shows `rows` rows (or the empty message). */
async function inboxShows(page, count, rows) {
  await page.getByTestId('cases-count').filter({ hasText: new RegExp(`^${count}$`) }).waitFor();
  if (rows === 0) {
    await page.locator('.empty').waitFor();
    return;
  }
  // The count may already read right while the previous page's rows are shown.
  await page
    .waitForFunction((n) => document.querySelectorAll('table.cases tbody tr').length === n, rows, { timeout: 5000 })
    .catch(() => {});
  assert.equal(await page.locator('table.cases tbody tr').count(), rows);
}

/** Reads the receipt page for `code` and returns the visible step titles. */
async function trackSteps(page, code) {
  await page.goto('/lacak');
  await page.getByLabel('Kode resi').fill(code);
  const answer = page.waitForResponse((r) => r.url().endsWith('/receipts/track'));
  await page.getByRole('button', { name: 'Lihat perkembangan' }).click();
  assert.equal((await answer).status(), 200);
  await page.getByTestId('track-steps').waitFor();
  return page.getByTestId('track-steps').locator('li strong').allInnerTexts();
}

test('a public report goes through the workflow to a recorded sanction while the receipt page shows the progress', async () => {
  const reporter = await openPage(suite.browser, suite.netra.baseUrl, { viewport: PHONE });
  const phone = reporter.page;
  let code;
  let caseNumber;
  try {
    // --- The citizen, on a phone, without an account: from the sign-in page to the form.
    await phone.goto('/');
    await phone.getByRole('link', { name: 'Laporkan dugaan pelanggaran' }).click();
    await phone.waitForURL('**/lapor');
    await phone.getByRole('heading', { name: 'Laporkan dugaan pelanggaran netralitas ASN' }).waitFor();
    await phone.getByLabel('Dengan identitas').check();
    await phone.getByText('Hanya pengawas Bawaslu yang menangani laporan ini yang dapat membukanya').waitFor();
    await phone.getByRole('textbox', { name: 'Nama lengkap' }).fill('Siti Pelapor');
    await phone.getByRole('textbox', { name: /^NIK/ }).fill('3513014501900002');
    await phone.getByRole('textbox', { name: 'Alamat' }).fill('Jl. Melati 5, Kraksaan');
    await phone.getByRole('textbox', { name: 'Nomor telepon' }).fill('081234567890');
    await phone.getByLabel('Provinsi').selectOption({ label: 'Jawa Timur' });
    await phone.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Probolinggo' });
    await phone.getByLabel('Kecamatan').selectOption({ label: 'Kraksaan' });
    await phone.getByLabel('Tempat kejadian').fill('Balai Desa Kraksaan Wetan');
    await phone.getByLabel('Tanggal kejadian', { exact: true }).fill(daysAgo(2));
    await phone.getByLabel('Nama', { exact: true }).fill('Budi Santoso');
    await phone.getByLabel('Instansi').fill('Dinas Pendidikan Kabupaten Probolinggo');
    await phone.getByLabel('Uraian kejadian').fill('Terlapor memasang spanduk salah satu calon');
    await noHorizontalScroll(phone, 'report form');
    await shot(phone, 'enf-report-phone');

    // The connection drops / the page reloads mid-way: the report comes back, the identity does not
    // (it is kept on the device only when the reporter asks for it).
    await phone.reload();
    await phone.getByTestId('draft-restored').waitFor();
    assert.equal(await phone.getByLabel('Uraian kejadian').inputValue(), 'Terlapor memasang spanduk salah satu calon');
    // The region lists load after the draft: wait until the restored choices are selected.
    await phone.getByLabel('Kabupaten/kota').locator('option[value="35.13"]:checked').waitFor({ state: 'attached' });
    assert.equal(await phone.getByLabel('Kabupaten/kota').inputValue(), '35.13');
    await phone.getByLabel('Kecamatan').locator('option[value="35.13.14"]:checked').waitFor({ state: 'attached' });
    assert.equal(await phone.getByLabel('Kecamatan').inputValue(), '35.13.14');
    assert.equal(await phone.getByLabel('Tempat kejadian').inputValue(), 'Balai Desa Kraksaan Wetan');
    assert.equal(await phone.getByRole('textbox', { name: 'Nama lengkap' }).inputValue(), '', 'the identity is not stored without opt-in');
    const stored = await phone.evaluate(() => localStorage.getItem('netra.reportDraft'));
    assert.ok(!stored.includes('3513014501900002'), 'the NIK is not in localStorage');
    await shot(phone, 'enf-report-restored-phone');

    await phone.getByRole('textbox', { name: 'Nama lengkap' }).fill('Siti Pelapor');
    await phone.getByRole('textbox', { name: /^NIK/ }).fill('3513014501900002');
    await phone.getByRole('textbox', { name: 'Alamat' }).fill('Jl. Melati 5, Kraksaan');
    await phone.getByRole('textbox', { name: 'Nomor telepon' }).fill('081234567890');
    await phone.getByLabel('Uraian kejadian').fill(
      'Terlapor memasang spanduk salah satu calon bupati di pagar balai desa pada jam kerja, memakai seragam dinas.',
    );
    await phone.getByRole('button', { name: 'Tambah saksi' }).click();
    await phone.getByLabel('Nama saksi 1').fill('Ahmad Saksi');
    await phone.getByLabel('Kontak saksi (boleh kosong)').fill('0812000111');
    await phone.getByLabel('Pilih foto, video, atau PDF').setInputFiles([
      { name: 'spanduk.png', mimeType: 'image/png', buffer: PNG },
      { name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan bukti yang didukung') },
    ]);
    await phone.getByText('paling besar 25 MB per berkas').waitFor();

    // The connection drops as the report is sent: the form says so and keeps everything.
    await reporter.context.setOffline(true);
    await phone.getByRole('button', { name: 'Kirim laporan' }).click();
    await phone.getByText('Tidak dapat menghubungi server').waitFor();
    await phone.getByText('Isian Anda tetap tersimpan di perangkat ini').waitFor();
    assert.match(await phone.evaluate(() => localStorage.getItem('netra.reportDraft')), /memakai seragam dinas/);
    await shot(phone, 'enf-report-offline-phone', { top: false });
    await reporter.context.setOffline(false);

    const filed = phone.waitForResponse((r) => r.url().endsWith('/api/v1/reports'));
    await phone.getByRole('button', { name: 'Kirim laporan' }).click();
    const filedResponse = await filed;
    assert.equal(filedResponse.status(), 201, await filedResponse.text());
    const receipt = await filedResponse.json();
    code = receipt.receipt_code;
    caseNumber = receipt.case_number;
    assert.match(code, /^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    assert.equal(await phone.getByTestId('receipt-code').innerText(), code);
    await phone.getByText('Kode hanya ditampilkan sekali').waitFor();
    await phone.getByRole('button', { name: 'Salin kode' }).waitFor();
    // The evidence: the PNG is accepted, the text file refused with the server's reason.
    await phone.locator('.files li[data-state="done"]', { hasText: 'spanduk.png' }).waitFor();
    const refused = phone.locator('.files li[data-state="failed"]', { hasText: 'catatan.txt' });
    await refused.waitFor();
    assert.ok((await refused.locator('[role="alert"]').innerText()).length > 10);
    assert.equal(await phone.evaluate(() => localStorage.getItem('netra.reportDraft')), null, 'the draft is cleared');
    await noHorizontalScroll(phone, 'receipt');
    await shot(phone, 'enf-receipt-phone');

    const first = await trackSteps(phone, code);
    assert.deepEqual(first, ['Laporan diterima']);
    await shot(phone, 'enf-track-received-phone');
  } catch (error) {
    await shot(phone, 'enf-failure-public', { fullPage: true }).catch(() => {});
    throw error;
  }

  // --- Pengawas: the inbox, then the case through registration, clarification, study and recommendation.
  const officer = await openPage(suite.browser, suite.netra.baseUrl, { viewport: DESKTOP });
  const desk = officer.page;
  let caseId;
  try {
    await signIn(desk, account('pengawas.kabprobolinggo'));
    await desk.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kasus' }).click();
    await desk.getByRole('heading', { name: 'Kotak masuk kasus' }).waitFor();
    const row = desk.locator(`tr[data-case="${caseNumber}"]`);
    await row.waitFor();
    // The inbox filters on the server; each count is checked against one made here from the
    // region's whole, unfiltered list.
    const inbox = await apiGet(desk, '/cases?limit=500');
    assert.ok(inbox.total <= 500 && inbox.items.length === inbox.total);
    const overdue = inbox.items.filter((c) => c.overdue);
    assert.ok(overdue.length > 0, 'the demo leaves overdue cases in Kabupaten Probolinggo');
    await inboxShows(desk, `${inbox.total} kasus`, Math.min(inbox.total, PAGE));
    await desk.getByLabel('Tenggat').selectOption('overdue');
    await desk.waitForURL(/[?&]deadline=overdue/);
    await inboxShows(desk, `${overdue.length} kasus`, Math.min(overdue.length, PAGE));
    assert.equal(await desk.locator('table.cases tbody tr:not(.overdue)').count(), 0);
    await shot(desk, 'enf-inbox-overdue');
    // A violation type: the most frequent code among the region's cases.
    const byCode = new Map();
    for (const c of inbox.items) for (const code of c.violation_codes ?? []) byCode.set(code, (byCode.get(code) ?? 0) + 1);
    const [code] = [...byCode.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    await desk.getByLabel('Jenis pelanggaran').selectOption(code);
    await desk.waitForURL(new RegExp(`[?&]violation=${code}`));
    const both = overdue.filter((c) => c.violation_codes.includes(code)).length;
    await inboxShows(desk, `${both} kasus`, both);
    for (const text of await desk.locator('table.cases tbody tr td:nth-child(4)').allInnerTexts()) assert.match(text, new RegExp(code));
    // A reload, or the link shared, shows the same filtered list.
    await desk.reload();
    await inboxShows(desk, `${both} kasus`, both);
    assert.equal(await desk.getByLabel('Tenggat').inputValue(), 'overdue');
    assert.equal(await desk.getByLabel('Jenis pelanggaran').inputValue(), code);
    await desk.getByRole('button', { name: 'Hapus saringan' }).click();
    await inboxShows(desk, `${inbox.total} kasus`, Math.min(inbox.total, PAGE));
    // Text search on the server: the reported person's name.
    await desk.getByLabel('Cari terlapor, NIP atau uraian').fill('budi santoso');
    await desk.getByRole('search', { name: 'Saring kasus' }).getByRole('button', { name: 'Cari', exact: true }).click();
    await desk.waitForURL(/[?&]q=budi\+santoso/);
    const named = inbox.items.filter((c) => `${c.subject.name} ${c.summary}`.toLowerCase().includes('budi santoso')).length;
    await inboxShows(desk, `${named} kasus`, Math.min(named, PAGE));
    await row.waitFor();
    await shot(desk, 'enf-inbox');
    await row.getByRole('link', { name: caseNumber }).click();
    await desk.getByRole('heading', { name: new RegExp(caseNumber) }).waitFor();
    caseId = Number(new URL(desk.url()).pathname.split('/').pop());
    assert.equal(await desk.getByTestId('case-status').innerText(), 'Diterima');
    await desk.getByText('Terlapor memasang spanduk').first().waitFor();
    await desk.getByText('Ahmad Saksi').waitFor();

    await move(desk, 'INITIAL_REVIEW', { handling_officer: 'Rina Pengawas' }, 'Mulai kajian awal');
    await move(
      desk,
      'REGISTERED',
      { initial_review_summary: 'Syarat formal dan materiil terpenuhi.', register_number: '001/Reg/LP/PB/Kab/16.13/X/2024' },
      'Registrasi laporan',
    );
    await desk.getByTestId('case-status').filter({ hasText: 'Diregistrasi' }).waitFor();
    // The step lists its documents (names from the workflow; no files are generated yet).
    await desk.getByTestId('case-timeline').getByText('kajian awal; formulir registrasi laporan').waitFor();

    // A question to the reporter, who answers it on the receipt page.
    await desk.getByLabel('Pertanyaan baru').fill('Pukul berapa spanduk itu dipasang?');
    const asked = desk.waitForResponse((r) => r.url().endsWith(`/cases/${caseId}/questions`));
    await desk.getByRole('button', { name: 'Kirim pertanyaan' }).click();
    assert.equal((await asked).status(), 201);
    await desk.getByText('Pukul berapa spanduk itu dipasang?').waitFor();

    // The sealed identity opens only with a purpose, and the opening is audited.
    await desk.getByText('Identitas pelapor disegel — buka identitas').click();
    await desk.getByText('dicatat dalam log audit').waitFor();
    await desk.getByLabel('Tujuan membuka identitas').fill('Mengundang pelapor untuk klarifikasi');
    await desk.getByRole('button', { name: 'Buka identitas' }).click();
    await desk.getByTestId('identity').getByText('Siti Pelapor').waitFor();
    await desk.getByRole('button', { name: 'Tutup identitas' }).click();
  } catch (error) {
    await shot(desk, 'enf-failure-pengawas', { fullPage: true }).catch(() => {});
    throw error;
  }

  // The reporter sees the registration and answers the question.
  try {
    const steps = await trackSteps(phone, code);
    assert.deepEqual(steps, ['Laporan diterima', 'Sedang diperiksa kelengkapannya', 'Laporan diregistrasi']);
    assert.equal(await phone.getByTestId('track-status').innerText(), 'Laporan diregistrasi');
    await phone.getByLabel('Jawaban').fill('Sekitar pukul 09.00 pagi.');
    const answered = phone.waitForResponse((r) => r.url().endsWith('/receipts/answers'));
    await phone.getByRole('button', { name: 'Kirim jawaban' }).click();
    assert.equal((await answered).status(), 200);
    await phone.getByText('Sekitar pukul 09.00 pagi.').waitFor();
    await noHorizontalScroll(phone, 'receipt page');
    await shot(phone, 'enf-track-registered-phone', { fullPage: true });
  } catch (error) {
    await shot(phone, 'enf-failure-track', { fullPage: true }).catch(() => {});
    throw error;
  }

  try {
    await desk.reload();
    await desk.getByText('Sekitar pukul 09.00 pagi.').waitFor();
    await move(desk, 'CLARIFICATION', { summoned_parties: 'Budi Santoso (terlapor); Ahmad Saksi (saksi)', hearing_date: daysAgo(0) }, 'Mulai klarifikasi');
    // The hearing record.
    await desk.getByText('Catat klarifikasi').click();
    await desk.getByLabel('Waktu klarifikasi (WIB)').fill(`${daysAgo(1)}T09:00`);
    await desk.getByLabel('Tempat', { exact: true }).fill('Kantor Bawaslu Kabupaten Probolinggo');
    await desk.getByLabel('Nama', { exact: true }).fill('Budi Santoso');
    await desk.getByLabel('Keterangan', { exact: true }).fill('Mengakui memasang spanduk atas permintaan tim sukses.');
    const heard = desk.waitForResponse((r) => r.url().endsWith(`/cases/${caseId}/hearings`));
    await desk.getByRole('button', { name: 'Simpan klarifikasi' }).click();
    assert.equal((await heard).status(), 201);
    await desk.locator('.hearing').getByText('Mengakui memasang spanduk').waitFor();
    await desk.locator('.hearing').getByText('09.00').waitFor();

    await move(desk, 'STUDY', { clarification_record: 'BA klarifikasi 001: terlapor mengakui.' }, 'Klarifikasi selesai: kajian');
    await move(
      desk,
      'FORWARDED_BKN',
      {
        study_conclusion: 'Terbukti melanggar netralitas ASN.',
        plenary_date: daysAgo(0),
        violation_codes: 'APK-INSTALL',
        recommendation_number: '002/PP.01.02/K.JI-13/X/2024',
      },
      'Pleno: rekomendasi ke BKN',
    );
    await desk.getByTestId('case-status').filter({ hasText: 'Direkomendasikan ke BKN' }).waitFor();
    await desk.getByText('Tidak ada langkah untuk peran Anda pada status ini.').waitFor();
    await shot(desk, 'enf-case-pengawas', { fullPage: true });
  } catch (error) {
    await shot(desk, 'enf-failure-pengawas2', { fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await officer.context.close();
  }

  // --- BKN verifies and sends its result to the PPK.
  const bkn = await openPage(suite.browser, suite.netra.baseUrl, { viewport: DESKTOP });
  try {
    await signIn(bkn.page, account('penilai.bkn'));
    await bkn.page.goto('/kasus?actionable=1');
    await bkn.page.locator(`tr[data-case="${caseNumber}"]`).getByRole('link', { name: caseNumber }).click();
    await bkn.page.getByTestId('case-status').filter({ hasText: 'Direkomendasikan ke BKN' }).waitFor();
    await move(bkn.page, 'BKN_VERIFICATION', { verifier: 'Tim Satgas Netralitas BKN' }, 'Mulai verifikasi BKN');
    await move(
      bkn.page,
      'AWAITING_PPK',
      { verification_result: 'Terbukti; hukuman disiplin sedang.', ppk_letter_number: 'BKN-NET/2024/118' },
      'Kirim hasil verifikasi ke PPK',
    );
    await bkn.page.getByTestId('case-deadline').waitFor();
    await shot(bkn.page, 'enf-case-bkn');
  } catch (error) {
    await shot(bkn.page, 'enf-failure-bkn', { fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await bkn.context.close();
  }

  // --- The PPK records the sanction from the PPK page, on a phone.
  const ppk = await openPage(suite.browser, suite.netra.baseUrl, { viewport: PHONE });
  try {
    await signIn(ppk.page, account('ppk.kabprobolinggo'));
    await ppk.page.getByRole('button', { name: 'Menu' }).click();
    await ppk.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Keputusan PPK' }).click();
    await ppk.page.getByRole('heading', { name: 'Menunggu keputusan PPK' }).waitFor();
    await noHorizontalScroll(ppk.page, 'PPK list');
    await shot(ppk.page, 'enf-ppk-list-phone');
    await ppk.page.locator(`li[data-case="${caseNumber}"]`).getByRole('link').click();
    await ppk.page.getByRole('heading', { name: `Keputusan untuk ${caseNumber}` }).waitFor();
    await ppk.page.getByText('002/PP.01.02/K.JI-13/X/2024').first().waitFor();
    await ppk.page.getByText('BKN-NET/2024/118').first().waitFor();
    // The sanction is chosen from the scales, starting at the rules' proposal; a different
    // penalty asks for the reason, and without one the browser does not send the form.
    const decision = ppk.page.locator('details[data-move="SANCTIONED"]');
    await decision.locator('summary').click();
    const picker = decision.getByTestId('sanction-picker');
    const proposedPenalty = await picker.locator('[name="sanction_penalty"]').inputValue();
    assert.ok(proposedPenalty, 'the proposal is preselected');
    await picker.getByText('Sesuai usulan aturan sanksi.').waitFor();
    const penalties = await picker.locator('[name="sanction_penalty"] option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
    const other = penalties.find((p) => p !== proposedPenalty);
    assert.ok(other, `the proposed level offers another penalty: ${penalties}`);
    await picker.locator('[name="sanction_penalty"]').selectOption(other);
    const why = picker.getByLabel('Alasan memilih sanksi yang berbeda dari usulan');
    await why.waitFor();
    assert.equal(await why.evaluate((el) => el.validity.valueMissing), true);
    await picker.scrollIntoViewIfNeeded();
    await shot(ppk.page, 'enf-ppk-override-phone', { top: false });
    await why.fill('Terlapor sudah dua kali ditegur atasan langsung.');
    const moved = await move(ppk.page, 'SANCTIONED', { decision_number: '800/123/426.12/2024' }, 'Jatuhkan sanksi', { open: false });
    const decided = await apiGet(ppk.page, `/cases/${moved.id}`);
    const fields = decided.history.at(-1).fields;
    assert.equal(fields.sanction_penalty, other);
    assert.equal(fields.override_reason, 'Terlapor sudah dua kali ditegur atasan langsung.');
    assert.equal(fields.sanction_proposed, `${decided.sanction_proposal.track}:${decided.sanction_proposal.level}:${proposedPenalty}`);
    await ppk.page.getByTestId('ppk-done').filter({ hasText: 'Sanksi dijatuhkan' }).waitFor();
    await noHorizontalScroll(ppk.page, 'PPK decision');
    await shot(ppk.page, 'enf-ppk-decided-phone', { fullPage: true });
  } catch (error) {
    await shot(ppk.page, 'enf-failure-ppk', { fullPage: true }).catch(() => {});
    throw error;
  } finally {
    await ppk.context.close();
  }

  // --- The receipt page shows every step up to the sanction.
  try {
    const steps = await trackSteps(phone, code);
    assert.deepEqual(steps, [
      'Laporan diterima',
      'Sedang diperiksa kelengkapannya',
      'Laporan diregistrasi',
      'Klarifikasi: pihak-pihak dimintai keterangan',
      'Dikaji dan dibahas dalam rapat pleno',
      'Rekomendasi dikirim ke BKN',
      'Diperiksa oleh BKN',
      'Menunggu keputusan pejabat yang berwenang',
      'Sanksi telah dijatuhkan',
    ]);
    assert.equal(await phone.getByTestId('track-status').innerText(), 'Sanksi telah dijatuhkan');
    await shot(phone, 'enf-track-sanctioned-phone', { fullPage: true });
    assert.deepEqual(reporter.problems, []);
  } finally {
    await reporter.context.close();
  }

  // --- The auditor reads the case's audit trail, identity opening included.
  const auditor = await openPage(suite.browser, suite.netra.baseUrl, { viewport: DESKTOP });
  try {
    await signIn(auditor.page, account('auditor.kabprobolinggo'));
    await auditor.page.goto(`/kasus/${caseId}`);
    await auditor.page.getByRole('heading', { name: 'Log audit kasus' }).waitFor();
    await auditor.page.locator('table.audit').getByText('identity.open').waitFor();
    await auditor.page.getByTestId('case-status').filter({ hasText: 'Sanksi dijatuhkan' }).waitFor();
    assert.equal(await auditor.page.locator('details[data-move]').count(), 0, 'an auditor makes no moves');
    await shot(auditor.page, 'enf-case-auditor', { fullPage: true });
  } finally {
    await auditor.context.close();
  }
});

test('a BKN reviewer pages through the national inbox, and the page survives a reload', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl, { viewport: DESKTOP });
  try {
    await signIn(page, account('penilai.bkn'));
    await page.goto('/kasus');
    const all = await apiGet(page, '/cases?limit=500');
    assert.ok(all.total > PAGE, `the national inbox has more than one page (${all.total})`);
    await inboxShows(page, `${all.total} kasus`, PAGE);
    const pager = page.getByRole('navigation', { name: 'Halaman' });
    await pager.getByText(`1–${PAGE} dari ${all.total}`).waitFor();
    assert.equal(await pager.getByRole('button', { name: '‹ Sebelumnya' }).isDisabled(), true);
    await pager.getByRole('button', { name: 'Berikutnya ›' }).click();
    await page.waitForURL(new RegExp(`[?&]offset=${PAGE}`));
    const second = Math.min(all.total - PAGE, PAGE);
    await inboxShows(page, `${all.total} kasus`, second);
    const numbers = () => page.locator('table.cases tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.case));
    assert.deepEqual(await numbers(), all.items.slice(PAGE, PAGE + second).map((c) => c.number));
    await page.reload();
    await pager.getByText(`${PAGE + 1}–${PAGE + second} dari ${all.total}`).waitFor();
    assert.deepEqual(await numbers(), all.items.slice(PAGE, PAGE + second).map((c) => c.number));
    await shot(page, 'enf-inbox-page2');
    // A filter starts again at the first page; only reports remain.
    await page.getByLabel('Asal').selectOption('report');
    const reports = all.items.filter((c) => c.origin === 'report');
    await inboxShows(page, `${reports.length} kasus`, Math.min(reports.length, PAGE));
    assert.ok(!new URL(page.url()).searchParams.has('offset'));
    assert.deepEqual(await numbers(), reports.slice(0, PAGE).map((c) => c.number));
    // In English, the same list.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByTestId('cases-count').filter({ hasText: `${reports.length} cases` }).waitFor();
    await shot(page, 'enf-inbox-en');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a pengawas records a finding, which opens a TM case', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl, { viewport: PHONE });
  try {
    await signIn(page, account('pengawas.kabprobolinggo'));
    // The inbox on a phone: rows become cards, nothing scrolls sideways.
    await page.goto('/kasus?deadline=overdue');
    await page.locator('table.cases tbody tr.overdue').first().waitFor();
    await noHorizontalScroll(page, 'inbox');
    await shot(page, 'enf-inbox-phone');
    await page.goto('/kasus/temuan-baru');
    await page.getByRole('heading', { name: 'Catat temuan' }).waitFor();
    await page.getByLabel('Nama', { exact: true }).fill('Joko Terlapor');
    await page.getByLabel('Instansi').fill('Kecamatan Kraksaan');
    await page.getByLabel('Uraian temuan').fill('Camat hadir dalam deklarasi pasangan calon dan memberi sambutan.');
    await page.getByLabel('Tanggal kejadian', { exact: true }).fill(daysAgo(1));
    await page.getByLabel('Tempat kejadian').fill('Lapangan Kraksaan');
    await page.getByLabel('Kode pelanggaran').fill('DECLARATION-ATTEND');
    await noHorizontalScroll(page, 'finding form');
    await shot(page, 'enf-finding-phone', { fullPage: true });
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/findings'));
    await page.getByRole('button', { name: 'Simpan temuan' }).click();
    const response = await created;
    assert.equal(response.status(), 201, await response.text());
    const finding = await response.json();
    assert.match(finding.number, /^TM-\d{6}$/);
    await page.getByRole('heading', { name: new RegExp(finding.number) }).waitFor();
    assert.equal(await page.getByTestId('case-status').innerText(), 'Diterima');
    await noHorizontalScroll(page, 'case page');
    await shot(page, 'enf-finding-case-phone');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
