// Administration of users: an admin creates an officer account, the new
// officer signs in, the admin disables it and sign-in is refused.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, shot, signIn, useSuite } from './harness.mjs';

const suite = useSuite();

test('an admin creates a user, who can sign in until disabled', async () => {
  const admin = await openPage(suite.browser, suite.netra.baseUrl);
  const officer = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    const page = admin.page;
    await signIn(page, suite.netra.account('admin'));
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), [
      'Beranda',
      'Wilayah',
      'Instansi',
      'Pegawai',
      'Impor',
      'Pengguna',
      'Ikrar & Sosialisasi',
      'Cakupan Ikrar',
      'Kode Ikrar',
      'Naskah Ikrar',
      'Kasus',
      'Peringatan dini',
      'Boleh atau tidak?',
    ]);
    await nav.getByRole('link', { name: 'Pengguna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
    await page.locator('table.users tbody tr').first().waitFor();

    // A password under 10 characters is refused by the server; its message is shown.
    await page.getByText('Buat pengguna baru').click();
    await page.getByLabel('Nama pengguna').fill('bawaslu.lumajang');
    await page.getByLabel('Nama tampilan').fill('Siti Rahmawati, S.H.');
    await page.getByLabel('Peran').selectOption('pengawas');
    await page.getByLabel('Kode wilayah').fill('35.08');
    await page.getByLabel('Kata sandi awal').fill('pendek');
    await page.getByLabel('Kata sandi awal').evaluate((input) => input.removeAttribute('minlength'));
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/users') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Buat pengguna', exact: true }).click(),
    ]);
    assert.equal(refused.status(), 400);
    const problem = await refused.json();
    await page.locator('.create-user [role=alert]').getByText(problem.detail).waitFor();

    const password = 'Netral-Pilkada-2024';
    await page.getByLabel('Kata sandi awal').fill(password);
    const [created] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/users') && r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Buat pengguna', exact: true }).click(),
    ]);
    assert.equal(created.status(), 201, await created.text());
    assert.ok(created.request().headers()['x-csrf-token'], 'the POST carries the CSRF token');
    await page.getByText('Pengguna bawaslu.lumajang dibuat.').waitFor();
    const row = page.locator('tr[data-username="bawaslu.lumajang"]');
    await row.waitFor();
    assert.equal(await row.locator('td[data-label="Peran"]').innerText(), 'Pengawas (Bawaslu)');
    await row.locator('td[data-label="Kode wilayah"]').filter({ hasText: /^35\.08 Kabupaten Lumajang$/ }).waitFor();
    assert.equal(await row.locator('td[data-label="Status"]').innerText(), 'Aktif');
    await shot(page, 'users', { fullPage: true });

    // The new officer signs in and sees the Bawaslu navigation scoped to Lumajang.
    await signIn(officer.page, { username: 'bawaslu.lumajang', password });
    const who = officer.page.getByTestId('who');
    await who.getByText('Siti Rahmawati, S.H.').waitFor();
    await who.getByText('Pengawas (Bawaslu)').waitFor();
    await who.getByText(/Lumajang/).waitFor();
    const officerNav = officer.page.getByRole('navigation', { name: 'Navigasi utama' });
    assert.deepEqual(await officerNav.getByRole('link').allInnerTexts(), [
      'Beranda',
      'Wilayah',
      'Instansi',
      'Pegawai',
      'Ikrar & Sosialisasi',
      'Cakupan Ikrar',
      'Naskah Ikrar',
      'Kasus',
      'Temuan baru',
      'Peringatan dini',
      'Boleh atau tidak?',
    ]);
    await shot(officer.page, 'home-pengawas');

    // Disabling revokes the session and refuses the next sign-in.
    await row.getByRole('button', { name: 'Nonaktifkan bawaslu.lumajang' }).click();
    await page.getByText('Pengguna bawaslu.lumajang dinonaktifkan.').waitFor();
    await row.locator('td[data-label="Status"]').getByText('Nonaktif').waitFor();
    await officerNav.getByRole('link', { name: 'Pegawai' }).click();
    await officer.page.getByLabel('Nama pengguna').waitFor();
    await officer.page.getByLabel('Nama pengguna').fill('bawaslu.lumajang');
    await officer.page.getByLabel('Kata sandi').fill(password);
    await officer.page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await officer.page.getByRole('alert').waitFor();
    assert.equal(await officer.page.getByTestId('who').count(), 0);

    // Enabling again lets the officer in.
    await row.getByRole('button', { name: 'Aktifkan bawaslu.lumajang' }).click();
    await row.locator('td[data-label="Status"]').getByText('Aktif', { exact: true }).waitFor();
    await signIn(officer.page, { username: 'bawaslu.lumajang', password });
    assert.deepEqual(admin.problems, []);
  } finally {
    await admin.context.close();
    await officer.context.close();
  }
});
