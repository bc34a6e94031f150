// The pledge flow of issue 3 in the browser: an operator records an apel with
// two sites, attendance, a photo and a paper signature, and issues a one-time
// code; an ASN without an account signs with NIP + code and downloads the
// certificate; the public verification page says it is valid; the coverage
// view's counts equal a count this test computes from the employee list.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { apiGet, idNumber, openPage, PHONE, shot, signIn, useSuite } from './harness.mjs';

const suite = useSuite();

// `netra demo` has about two thirds of the ASN sign, chosen by this rule
// (src/cli/demo_command.cc DemoSigns); recomputed here, independently of the server.
const demoSigned = (nip) => createHash('sha256').update(`demo-sign:${nip}`).digest('hex')[0] < 'b';

// A 2×2 PNG, for the photo upload.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

async function employeesOf(page, region) {
  const all = [];
  for (let offset = 0; ; offset += 500) {
    const page_ = await apiGet(page, `/employees?region=${region}&limit=500&offset=${offset}`);
    all.push(...page_.items);
    if (all.length >= page_.total) return all;
  }
}

test('an apel, a signing with a one-time code, the certificate, verification and coverage', async () => {
  const operator = await openPage(suite.browser, suite.netra.baseUrl);
  const publicPage = await openPage(suite.browser, suite.netra.baseUrl, { viewport: PHONE });
  try {
    const { page } = operator;
    await signIn(page, suite.netra.account('operator_instansi'));
    const me = await apiGet(page, '/auth/me');
    const region = me.user.region_code;
    const people = (await employeesOf(page, region)).filter((e) => e.nip);
    const unsigned = people.filter((e) => !demoSigned(e.nip));
    assert.ok(unsigned.length >= 2, 'the demo leaves some ASN unsigned');
    const [signer, paperSigner] = unsigned;
    const district = (await apiGet(page, `/regions?parent=${region}`)).items[0];

    // 1. The apel: two simultaneous sites, witnesses, symbolic signatories.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Ikrar & Sosialisasi' }).click();
    await page.getByRole('heading', { name: 'Apel Ikrar dan Sosialisasi' }).waitFor();
    await page.getByRole('link', { name: 'Catat kegiatan baru' }).click();
    await page.getByLabel('Nama kegiatan').fill('Apel Ikrar Netralitas Uji');
    await page.getByLabel(/^Waktu/).fill('2024-09-19T07:30');
    await page.getByLabel('Penyelenggara').fill('Pemerintah Kabupaten Probolinggo');
    await page.getByLabel('Pemimpin / pembina').fill('Sekretaris Daerah');
    await page.getByLabel(/^Lokasi/).fill(`Halaman Kantor Bupati | ${region}\nKantor Kecamatan ${district.name} | ${district.code}`);
    await page.getByLabel(/^Saksi/).fill('Kepala Perwakilan Ombudsman | Saksi | Ombudsman RI\nKetua Bawaslu | Saksi | Bawaslu');
    await page.getByLabel(/^Penanda tangan simbolis/).fill('Inspektur | Penanda tangan | Inspektorat');
    await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
    await page.getByRole('heading', { name: 'Apel Ikrar Netralitas Uji' }).waitFor();
    const eventId = Number(new URL(page.url()).pathname.split('/').pop());
    assert.ok(eventId > 0);
    await page.getByText('Kepala Perwakilan Ombudsman').waitFor();

    // 2. Attendance at the kecamatan site from a pasted list with a formatted NIP.
    await page.getByRole('combobox', { name: /^Lokasi/ }).selectOption('1');
    const formatted = `${signer.nip.slice(0, 8)} ${signer.nip.slice(8, 14)} ${signer.nip.slice(14, 15)} ${signer.nip.slice(15)}`;
    await page.getByRole('textbox', { name: /^NIP/ }).first().fill(`nip,nama\n${formatted},${signer.name}\n${people[0].nip}\n`);
    await page.getByRole('button', { name: 'Catat kehadiran' }).click();
    await page.getByText('2 dicatat, 0 sudah tercatat, 0 tidak dikenal').waitFor();
    await page.getByTestId('attendance-total').getByText('2 pegawai hadir').waitFor();

    // 3. A paper signature collected at the apel, and a photo.
    await page.getByRole('textbox', { name: /^NIP/ }).nth(1).fill(paperSigner.nip);
    await page.getByRole('button', { name: 'Catat tanda tangan' }).click();
    await page.getByText('1 dicatat, 0 sudah menandatangani, 0 tidak dikenal').waitFor();
    await page.getByTestId('event-signatures').getByText('1').waitFor();
    await page.getByLabel('Foto').setInputFiles({ name: 'apel.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('ul.gallery img[alt="apel.png"]').waitFor();
    const detail = await apiGet(page, `/pledge-events/${eventId}`);
    assert.deepEqual(detail.attendance_per_site, [0, 2]);
    assert.equal(detail.attachments.length, 1);
    await shot(page, 'pledge-event', { fullPage: true });

    // 4. A one-time code for the signer.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kode Ikrar' }).click();
    await page.getByRole('textbox', { name: /^NIP/ }).fill(signer.nip);
    await page.getByRole('button', { name: 'Buat kode' }).click();
    const code = (await page.getByTestId('code').innerText()).trim();
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await shot(page, 'pledge-codes');

    // 5. The ASN signs on a phone, without an account.
    const pub = publicPage.page;
    await pub.goto('/ikrar/tandatangan');
    await pub.getByRole('heading', { name: 'Tanda Tangan Ikrar Netralitas ASN' }).waitFor();
    await pub.getByLabel('NIP').fill(signer.nip);
    await pub.getByLabel('Kode sekali pakai').fill(code.toLowerCase());
    await pub.getByRole('button', { name: 'Lanjut membaca naskah' }).click();
    await pub.getByText('Menjaga dan menegakkan prinsip netralitas').waitFor();
    const signButton = pub.getByRole('button', { name: 'Tanda tangani' });
    assert.equal(await signButton.isDisabled(), true, 'signing waits for the agreement box');
    await pub.getByLabel('Saya telah membaca dan menyetujui naskah di atas').check();
    await shot(pub, 'pledge-sign-text');
    await signButton.click();
    await pub.getByText('Terima kasih. Ikrar Anda tercatat').waitFor();
    const number = (await pub.getByTestId('certificate-number').innerText()).trim();
    assert.match(number, /^NETRA-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await shot(pub, 'pledge-signed');

    // 6. The certificate PDF downloads and carries the signed record.
    const [download] = await Promise.all([
      pub.waitForEvent('download'),
      pub.getByRole('link', { name: 'Unduh sertifikat (PDF)' }).click(),
    ]);
    const pdf = await readFile(await download.path());
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const keywords = /netra-pledge-v1 record=([A-Za-z0-9+/=]+) signature=/.exec(pdf.toString('latin1'));
    assert.ok(keywords, 'the signed record is embedded');
    const record = Buffer.from(keywords[1], 'base64').toString('utf8');
    assert.ok(record.includes(`nip:18:${signer.nip}`), record);

    // 7. The public verification page: valid, name, agency and date only.
    await pub.getByRole('link', { name: 'Buka halaman verifikasi' }).click();
    await pub.locator('[data-status="valid"]').waitFor();
    await pub.getByText('SAH — sertifikat ini tercatat').waitFor();
    assert.equal((await pub.getByTestId('verify-name').innerText()).trim(), signer.name);
    assert.equal(await pub.getByText(signer.nip).count(), 0, 'the NIP is not shown publicly');
    await shot(pub, 'pledge-verify');
    await pub.goto('/verifikasi/NETRA-0000-0000-0000');
    await pub.locator('[data-status="unknown"]').waitFor();

    // 8. Coverage: the table's totals equal the independent count (+2 signed today).
    const employees = people.length;
    const signedCount = people.filter((e) => demoSigned(e.nip)).length + 2;
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Cakupan Ikrar' }).click();
    await page.getByTestId('total-employees').waitFor();
    assert.equal(await page.getByTestId('total-employees').innerText(), idNumber(employees));
    assert.equal(await page.getByTestId('total-signed').innerText(), idNumber(signedCount));
    assert.equal(await page.getByTestId('total-not-signed').innerText(), idNumber(employees - signedCount));
    const byAgency = new Map();
    for (const e of people) {
      const row = byAgency.get(e.agency_name) ?? { employees: 0, signed: 0 };
      row.employees += 1;
      if (demoSigned(e.nip) || e.nip === signer.nip || e.nip === paperSigner.nip) row.signed += 1;
      byAgency.set(e.agency_name, row);
    }
    const rows = page.locator('table.coverage tbody tr');
    assert.equal(await rows.count(), byAgency.size);
    for (let i = 0; i < byAgency.size; i++) {
      const cells = rows.nth(i).locator('td');
      const label = await cells.nth(0).innerText();
      const expected = byAgency.get(label);
      assert.ok(expected, `unexpected agency row ${label}`);
      assert.equal(await cells.nth(1).innerText(), idNumber(expected.employees), label);
      assert.equal(await cells.nth(2).innerText(), idNumber(expected.signed), label);
    }
    await page.locator('figure.chart svg rect').first().waitFor();
    await shot(page, 'pledge-coverage', { fullPage: true });
    await page.getByLabel('Kelompokkan menurut').selectOption('region');
    await page.locator('table.coverage tbody tr').first().waitFor();
    assert.equal(await page.getByTestId('total-signed').innerText(), idNumber(signedCount));

    assert.deepEqual(operator.problems, []);
    assert.deepEqual(publicPage.problems, []);
  } finally {
    await operator.context.close();
    await publicPage.context.close();
  }
});
