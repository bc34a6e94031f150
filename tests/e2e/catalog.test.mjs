// "Boleh atau tidak?": the public violation catalog, without an account on a
// phone, in both languages, by date, and from the navigation once signed in.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DESKTOP, openPage, PHONE, shot, signIn, useSuite } from './harness.mjs';

const suite = useSuite();

test('a citizen searches the rules on a phone without signing in', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl, { viewport: PHONE });
  try {
    await page.goto('/masuk');
    // Linked both from the public header and from the sign-in card.
    await page.getByRole('navigation').getByRole('link', { name: 'Boleh atau tidak?', exact: true }).waitFor();
    await page.getByRole('main').getByRole('link', { name: /Boleh atau tidak\?/ }).click();
    await page.waitForURL('**/boleh-atau-tidak');
    await page.getByRole('heading', { level: 1, name: 'Boleh atau tidak?' }).waitFor();
    await page.getByTestId('rules-count').getByText(/^25 perbuatan/).waitFor();

    await page.getByLabel('Cari perbuatan').fill('baliho');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.waitForURL('**/boleh-atau-tidak?q=baliho');
    const card = page.locator('article.rule[data-code="APK-INSTALL"]');
    await card.waitFor();
    await card.getByRole('heading', { name: 'Memasang spanduk, baliho atau alat peraga bakal calon' }).waitFor();
    await card.getByText('Tidak boleh. ASN tidak boleh memasang').waitFor();
    await card.getByText('Memasang baliho bakal calon bupati di pagar rumah.').waitFor();
    await card.getByText('PP 42/2004 Pasal 15', { exact: false }).first().waitFor();
    await card.getByText('BKN').waitFor();
    // Matches in the title and keywords rank before matches in examples only.
    assert.equal(await page.locator('article.rule').first().getAttribute('data-code'), 'APK-INSTALL');

    // Fits the phone: nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    await shot(page, 'catalog-phone-search');

    // The same answer in English.
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { level: 1, name: 'Allowed or not?' }).waitFor();
    await card.getByRole('heading', { name: 'Installing banners, billboards or props for a (prospective) candidate' }).waitFor();
    await card.getByRole('heading', { name: 'Not allowed' }).waitFor();

    // Nothing found.
    await page.getByLabel('Search for an act').fill('xyzzy');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('No matching act. Try other words.').waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the date picks the rule in force: KASN before September 2024, BKN after', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await page.goto('/boleh-atau-tidak?q=anggota+partai&tanggal=2023-06-01');
    const card = page.locator('article.rule[data-code="PARTY-MEMBER"]');
    await card.getByText('KASN').waitFor();
    await card.getByText('UU 5/2014 Pasal 87 ayat (4) huruf c').waitFor();
    await page.getByLabel('Aturan yang berlaku pada tanggal').fill('2024-10-01');
    await card.getByText('UU 20/2023 Pasal 52 ayat (3) huruf j', { exact: false }).waitFor();
    await card.getByText('BKN').waitFor();
    assert.match(page.url(), /tanggal=2024-10-01/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('signed-in users find the rules in the navigation', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl, { viewport: DESKTOP });
  try {
    await signIn(page, suite.netra.account('asn'));
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Boleh atau tidak?' }).click();
    await page.waitForURL('**/boleh-atau-tidak');
    await page.getByLabel('Cari perbuatan').fill('like');
    await page.getByRole('button', { name: 'Cari' }).click();
    const card = page.locator('article.rule[data-code="SOC-LIKE"]');
    await card.waitFor();
    await card.getByRole('heading', { name: 'Boleh', exact: true }).waitFor();
    await shot(page, 'catalog-desktop-signed-in');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
