// Sign-in, navigation by role, language switch, session loss, phone layout.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idNumber, openPage, PHONE, shot, signIn, useSuite } from './harness.mjs';

const suite = useSuite();

test('a wrong password is refused with the server message in Indonesian', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await page.goto('/');
    assert.equal(await page.locator('html').getAttribute('lang'), 'id');
    await page.getByLabel('Nama pengguna').fill(suite.netra.account('pengawas').username);
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
      page.getByRole('button', { name: 'Masuk', exact: true }).click(),
    ]);
    assert.equal(response.status(), 401);
    const problem = await response.json();
    assert.ok(problem.detail, 'the problem has an Indonesian detail');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.innerText();
    assert.ok(text.includes(problem.detail), `alert "${text}" shows detail "${problem.detail}"`);
    if (problem.detail_en && problem.detail_en !== problem.detail) {
      assert.ok(!text.includes(problem.detail_en), 'the English text is not shown in Indonesian mode');
    }
    assert.equal(await page.getByTestId('who').count(), 0, 'not signed in');
    assert.match(new URL(page.url()).pathname, /^\/masuk$/);
    await shot(page, 'signin-wrong-password');
    // The same error reads in English after switching language.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    if (problem.detail_en) await alert.getByText(problem.detail_en).waitFor();
    await page.getByRole('button', { name: 'ID', exact: true }).click();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('after repeated failures sign-in is throttled and the wait is shown', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    const { username } = suite.netra.account('auditor');
    await page.goto('/');
    let last;
    for (let attempt = 0; attempt < 10; attempt++) {
      await page.getByLabel('Nama pengguna').fill(username);
      await page.getByLabel('Kata sandi').fill(`salah-${attempt}`);
      [last] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login')),
        page.getByRole('button', { name: 'Masuk', exact: true }).click(),
      ]);
      await page.getByRole('button', { name: 'Masuk', exact: true }).waitFor();
      if (last.status() === 429) break;
    }
    assert.equal(last.status(), 429, 'throttled within 10 attempts');
    const seconds = Number(last.headers()['retry-after']);
    assert.ok(seconds > 0, 'Retry-After is given');
    const problem = await last.json();
    assert.equal(problem.code, 'login_throttled');
    const alert = page.getByRole('alert');
    if (seconds < 120) {
      await alert.getByText(`Coba lagi dalam ${idNumber(seconds)} detik.`).waitFor();
    } else {
      // A long wait is shown as the clock time sign-in opens again (browser's zone).
      const line = alert.getByText(/^Anda dapat mencoba masuk lagi pukul \d{2}\.\d{2}\.$/);
      await line.waitFor();
      const [, hh, mm] = /(\d{2})\.(\d{2})/.exec(await line.innerText());
      const expectedMinute = await page.evaluate((s) => {
        const at = new Date(Date.now() + s * 1000);
        return at.getHours() * 60 + at.getMinutes();
      }, seconds);
      const shownMinute = Number(hh) * 60 + Number(mm);
      const diff = (expectedMinute - shownMinute + 1440) % 1440;
      assert.ok(diff <= 2, `shown ${hh}.${mm}, expected about ${expectedMinute} minutes into the day`);
    }
    assert.ok((await alert.innerText()).includes(problem.detail));
    await shot(page, 'signin-throttled');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('an operator signs in and sees the navigation of the role and the region scope', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('operator_instansi'));
    const who = page.getByTestId('who');
    await who.getByText('Operator Instansi').waitFor();
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    const links = await nav.getByRole('link').allInnerTexts();
    assert.deepEqual(links, [
      'Beranda', 'Wilayah', 'Instansi', 'Pegawai', 'Impor',
      'Ikrar & Sosialisasi', 'Cakupan Ikrar', 'Kode Ikrar', 'Naskah Ikrar', 'Boleh atau tidak?',
    ]);
    await page.getByRole('heading', { level: 1, name: /^Selamat datang/ }).waitFor();
    // The scope is a regency: its name is in the header, not the bare code.
    const me = await page.evaluate(() => fetch('/api/v1/auth/me').then((r) => r.json()));
    const region = await page.evaluate(
      (code) => fetch(`/api/v1/regions/${code}`).then((r) => r.json()),
      me.user.region_code,
    );
    await who.getByText(region.region.name).waitFor();
    // Counts on the home screen come from the API.
    const employees = await page.evaluate(() => fetch('/api/v1/employees?limit=1').then((r) => r.json()));
    const shown = await page.getByTestId('count-employees').innerText();
    assert.equal(shown.replace(/\D/g, ''), String(employees.total));
    const pns = await page.evaluate(() => fetch('/api/v1/employees?type=PNS&limit=1').then((r) => r.json()));
    assert.ok(pns.total > 0 && pns.total < employees.total, 'the demo has PNS and others');
    assert.equal((await page.getByTestId('count-PNS').innerText()).replace(/\D/g, ''), String(pns.total));
    await shot(page, 'home-operator');

    // Users is for admins only: the link is absent and the page refuses.
    await page.goto('/pengguna');
    await page.getByRole('heading', { level: 1, name: 'Tidak berwenang' }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the language switches to English and back, and is remembered', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('operator_instansi'));
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    assert.deepEqual(await nav.getByRole('link').allInnerTexts(), [
      'Home', 'Regions', 'Agencies', 'Employees', 'Import',
      'Pledges & outreach', 'Pledge coverage', 'Pledge codes', 'Pledge texts', 'Allowed or not?',
    ]);
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    await page.getByTestId('who').getByText('Agency operator').waitFor();
    await shot(page, 'home-english');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.evaluate(() => localStorage.getItem('netra.lang')), 'en');

    await page.getByRole('button', { name: 'ID', exact: true }).click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'id');
    await page.getByRole('heading', { level: 1, name: /^Selamat datang/ }).waitFor();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pegawai' }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('signing out, or losing the session, leads back to sign-in', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('operator_instansi'));
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByLabel('Nama pengguna').waitFor();
    const me = await page.evaluate(() => fetch('/api/v1/auth/me').then((r) => r.status));
    assert.equal(me, 401, 'the session was revoked on the server');

    await signIn(page, suite.netra.account('operator_instansi'));
    await page.getByTestId('count-employees').waitFor();
    await context.clearCookies();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pegawai' }).click();
    await page.waitForURL((u) => u.pathname === '/masuk');
    await page.getByLabel('Nama pengguna').waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, '/masuk');
    assert.equal(url.searchParams.get('next'), '/pegawai');
    // Signing in again returns to where the user was going.
    await page.getByLabel('Nama pengguna').fill(suite.netra.account('operator_instansi').username);
    await page.getByLabel('Kata sandi').fill(suite.netra.account('operator_instansi').password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Pegawai' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/pegawai');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('keyboard only: skip link, sign-in form and navigation', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    const account = suite.netra.account('operator_instansi');
    await page.goto('/');
    await page.getByLabel('Nama pengguna').waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent);
    let steps = 0;
    while ((await focused()) !== 'username' && steps++ < 10) await page.keyboard.press('Tab');
    assert.equal(await focused(), 'username', 'the username field is reachable with Tab');
    await page.keyboard.type(account.username);
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'password');
    await page.keyboard.type(account.password);
    await page.keyboard.press('Enter');
    await page.getByTestId('who').waitFor({ state: 'attached' });

    // After navigating, focus sits on the page heading, so Tab goes straight into the content.
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Instansi' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Instansi' }).waitFor();
    // Focus moves in an effect after the heading renders: wait for it (fails after 5 s if it never does).
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 5000 });
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'q', 'the agency search is next');
    // The skip link shows when focused and jumps to the main content.
    const skip = page.getByRole('link', { name: 'Lewati ke konten' });
    await skip.focus();
    assert.equal(await skip.isVisible(), true);
    const box = await skip.boundingBox();
    assert.ok(box && box.x >= 0 && box.y >= 0, 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    assert.equal(new URL(page.url()).hash, '#main');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('on a 360×740 phone the menu opens, navigates and nothing overflows sideways', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl, { viewport: PHONE });
  try {
    await page.goto('/');
    await page.getByLabel('Nama pengguna').waitFor();
    await shot(page, 'phone-signin');
    await signIn(page, suite.netra.account('operator_instansi'));
    const nav = page.locator('#main-nav');
    assert.equal(await nav.isVisible(), false, 'the navigation is folded behind the menu button');
    await shot(page, 'phone-home');
    const menu = page.getByRole('button', { name: 'Menu' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    assert.equal(await nav.isVisible(), true);
    await page.getByTestId('who').getByText('Operator Instansi').waitFor();
    await shot(page, 'phone-menu');
    await nav.getByRole('link', { name: 'Pegawai' }).click();
    await page.getByRole('heading', { level: 1, name: 'Pegawai' }).waitFor();
    assert.equal(await nav.isVisible(), false, 'the menu closes after navigating');
    await page.getByTestId('employee-total').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    await shot(page, 'phone-employees');

    // Keyboard: the menu button and links are reachable with Tab and work with Enter.
    await page.getByRole('link', { name: 'Netra' }).focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Menu');
    await page.keyboard.press('Enter');
    assert.equal(await nav.isVisible(), true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Wilayah');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Wilayah' }).waitFor();
    await page.locator('ul.tree > li').first().waitFor();
    const treeOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(treeOverflow <= 0, `region tree is ${treeOverflow}px wider than the phone`);
    await shot(page, 'phone-regions');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
