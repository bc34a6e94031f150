// Region tree, agencies with their unit tree, employee search, filters and detail.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiGet, idNumber, openPage, PHONE, shot, signIn, useSuite } from './harness.mjs';

const suite = useSuite();

const rows = (page) => page.locator('table.list tbody tr');
const cells = (page, label) => page.locator(`table.list tbody td[data-label="${label}"]`);

/** Wait until the list shows `total` employees (or agencies) and has finished loading. */
async function waitForTotal(page, text) {
  await page.getByText(text, { exact: true }).waitFor();
  await page.locator('[role=status]', { hasText: 'Memuat' }).waitFor({ state: 'detached' });
}

test('the region tree expands lazily from province to village and finds regions', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('operator_instansi'));
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Wilayah' }).click();
    const provinces = (await apiGet(page, '/regions')).items;
    assert.ok(provinces.length >= 34, `${provinces.length} provinces`);
    const tree = page.locator('ul.tree > li');
    await tree.first().waitFor();
    assert.equal(await tree.count(), provinces.length);

    // Every province shows its time zone; one outside WIB proves it is not a constant.
    const jatim = page.locator('li[data-code="35"]');
    assert.equal(await jatim.locator('> .tree-row abbr.tz').innerText(), 'WIB');
    const east = provinces.find((p) => p.time_zone !== 'WIB');
    assert.ok(east, 'some province is outside WIB');
    assert.equal(await page.locator(`li[data-code="${east.code}"] > .tree-row abbr.tz`).innerText(), east.time_zone);

    // Nothing below a province is loaded until it is opened.
    assert.equal(await page.locator('li[data-code="35.13"]').count(), 0);
    const openJatim = page.getByRole('button', { name: 'Buka Jawa Timur' });
    await openJatim.click();
    await page.locator('li[data-code="35.13"]').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Tutup Jawa Timur' }).getAttribute('aria-expanded'), 'true');
    const regency = page.locator('li[data-code="35.13"]');
    await regency.locator('> .tree-row button.tree-toggle').click();
    const districts = (await apiGet(page, '/regions?parent=35.13')).items;
    const districtItems = regency.locator('> ul > li');
    await districtItems.first().waitFor();
    assert.equal(await districtItems.count(), districts.length);
    await regency.locator('> .tree-row').getByText('Kabupaten/Kota').waitFor();

    const district = districts[0];
    const districtItem = page.locator(`li[data-code="${district.code}"]`);
    await districtItem.locator('> .tree-row button.tree-toggle').click();
    const villages = (await apiGet(page, `/regions?parent=${district.code}`)).items;
    const villageItems = districtItem.locator('> ul > li');
    await villageItems.first().waitFor();
    assert.equal(await villageItems.count(), villages.length);
    const village = villageItems.first();
    assert.equal(await village.locator('button.tree-toggle').count(), 0, 'a village is a leaf');
    await village.getByText('Desa/Kelurahan').waitFor();
    await village.getByText(villages[0].name, { exact: true }).waitFor();
    await shot(page, 'regions-tree', { top: false });

    // Closing hides the children.
    await page.getByRole('button', { name: 'Tutup Jawa Timur' }).click();
    assert.equal(await page.locator('li[data-code="35.13"]').count(), 0);

    // Search, then reveal a result in the tree.
    await page.getByLabel('Cari wilayah').fill('Kota Probolinggo');
    const result = page.locator('.search-results').getByRole('button', { name: 'Kota Probolinggo' });
    await result.waitFor();
    await result.click();
    const revealed = page.locator('li.tree-item.selected[data-code="35.74"]');
    await revealed.waitFor();
    assert.equal(await revealed.isVisible(), true);
    await shot(page, 'regions-search', { top: false });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('employees: search by name and NIP, filter by type, position and agency, open the detail', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('operator_instansi'));
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pegawai' }).click();
    const all = await apiGet(page, '/employees?limit=1');
    assert.ok(all.total > 100, `${all.total} employees in scope`);
    await waitForTotal(page, `${idNumber(all.total)} pegawai`);
    assert.equal(await rows(page).count(), Math.min(50, all.total));
    await page.getByText(`1–50 dari ${idNumber(all.total)}`).waitFor();
    await shot(page, 'employees-list');

    // Next page.
    await page.getByRole('button', { name: 'Berikutnya ›' }).click();
    await page.getByText(`51–${Math.min(100, all.total)} dari ${idNumber(all.total)}`).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('offset'), '50');

    // Type filter.
    await page.getByLabel('Jenis pegawai').selectOption('PPPK');
    const pppk = await apiGet(page, '/employees?type=PPPK&limit=1');
    assert.ok(pppk.total > 0 && pppk.total < all.total);
    await waitForTotal(page, `${idNumber(pppk.total)} pegawai`);
    assert.equal(new URL(page.url()).searchParams.get('offset'), null, 'a new filter starts at the first page');
    const types = await cells(page, 'Jenis pegawai').allInnerTexts();
    assert.ok(types.length > 0);
    assert.deepEqual([...new Set(types)], ['PPPK']);

    // Position filter on top.
    await page.getByLabel('Kategori jabatan').selectOption('FUNGSIONAL');
    const both = await apiGet(page, '/employees?type=PPPK&position=FUNGSIONAL&limit=1');
    await waitForTotal(page, `${idNumber(both.total)} pegawai`);
    assert.deepEqual([...new Set(await cells(page, 'Kategori jabatan').allInnerTexts())], ['Fungsional']);
    await shot(page, 'employees-filtered');

    // Agency filter (clear the others first).
    await page.getByLabel('Jenis pegawai').selectOption('');
    await page.getByLabel('Kategori jabatan').selectOption('');
    await waitForTotal(page, `${idNumber(all.total)} pegawai`);
    const agencies = (await apiGet(page, '/agencies?q=Kesehatan&limit=5')).items;
    assert.ok(agencies.length > 0, 'a health agency exists');
    await page.getByLabel('Instansi').selectOption(String(agencies[0].id));
    const ofAgency = await apiGet(page, `/employees?agency_id=${agencies[0].id}&limit=1`);
    await waitForTotal(page, `${idNumber(ofAgency.total)} pegawai`);
    assert.deepEqual([...new Set(await cells(page, 'Instansi').allInnerTexts())], [agencies[0].name]);
    await page.getByLabel('Instansi').selectOption('');

    // Name search: a PNS from the API, found by part of the name.
    const person = (await apiGet(page, '/employees?type=PNS&limit=1&offset=7')).items[0];
    assert.ok(person.nip, 'a PNS has a NIP');
    const part = person.name.split(' ').slice(0, 2).join(' ');
    await page.getByLabel('Cari pegawai').fill(part);
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    const byName = await apiGet(page, `/employees?q=${encodeURIComponent(part)}&limit=1`);
    await waitForTotal(page, `${idNumber(byName.total)} pegawai`);
    assert.ok(byName.total < all.total);
    for (const name of await cells(page, 'Nama').allInnerTexts()) {
      assert.ok(name.toLowerCase().includes(part.toLowerCase()), `${name} contains ${part}`);
    }

    // NIP search: the full NIP finds exactly this person, shown grouped.
    await page.getByLabel('Cari pegawai').fill(person.nip);
    await page.keyboard.press('Enter');
    await waitForTotal(page, '1 pegawai');
    const grouped = `${person.nip.slice(0, 8)} ${person.nip.slice(8, 14)} ${person.nip.slice(14, 15)} ${person.nip.slice(15)}`;
    assert.equal(await cells(page, 'NIP').innerText(), grouped);

    // Detail.
    await page.getByRole('link', { name: person.name }).click();
    await page.getByRole('heading', { level: 1, name: person.name }).waitFor();
    const detail = await apiGet(page, `/employees/${person.id}`);
    assert.equal(await page.getByTestId('nip').innerText(), grouped);
    const fact = (label) => page.locator('.fact', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
    const birth = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${detail.nip_info.birth_date}T00:00:00Z`),
    );
    assert.equal(await fact('Tanggal lahir').innerText(), birth);
    const appointed = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${detail.nip_info.appointment}-01T00:00:00Z`),
    );
    assert.equal(await fact('TMT CPNS').innerText(), appointed);
    assert.equal(await fact('Jenis kelamin').innerText(), person.nip[14] === '1' ? 'Laki-laki' : 'Perempuan');
    assert.equal(await fact('Instansi').innerText(), detail.agency_name);
    if (detail.unit_name) assert.equal(await fact('Unit kerja').innerText(), detail.unit_name);
    assert.ok((await fact('Wilayah').innerText()).includes(detail.region_code));
    const regionName = detail.region_name ?? (await apiGet(page, `/regions/${detail.region_code}`)).region.name;
    await fact('Wilayah').filter({ hasText: regionName }).waitFor();
    await shot(page, 'employee-detail');

    // The same page on a phone, in English.
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    await fact('Date of birth').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `detail is ${overflow}px wider than the phone`);
    await shot(page, 'phone-employee-detail-en', { fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('agencies: search and kind filter in scope, agency page with its unit tree', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('operator_instansi'));
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Instansi' }).click();
    const all = await apiGet(page, '/agencies?limit=1');
    await waitForTotal(page, `${idNumber(all.total)} instansi`);
    await shot(page, 'agencies');

    await page.getByLabel('Jenis').selectOption('dinas');
    const dinas = await apiGet(page, '/agencies?kind=dinas&limit=1');
    assert.ok(dinas.total > 0 && dinas.total < all.total);
    await waitForTotal(page, `${idNumber(dinas.total)} instansi`);
    assert.deepEqual([...new Set(await cells(page, 'Jenis').allInnerTexts())], ['Dinas']);

    await page.getByLabel('Cari instansi').fill('Kesehatan');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    const health = await apiGet(page, '/agencies?kind=dinas&q=Kesehatan&limit=5');
    assert.ok(health.total >= 1);
    await waitForTotal(page, `${idNumber(health.total)} instansi`);
    const agency = health.items[0];
    await page.getByRole('link', { name: agency.name }).click();
    await page.getByRole('heading', { level: 1, name: agency.name }).waitFor();
    const agencyRegion = (await apiGet(page, `/regions/${agency.region_code}`)).region.name;
    await page.locator('.fact dd').filter({ hasText: agencyRegion }).waitFor();

    const units = (await apiGet(page, `/agencies/${agency.id}/units`)).items;
    assert.ok(units.length > 1, 'the health service has units');
    await page.getByRole('heading', { level: 2, name: `Unit kerja (${idNumber(units.length)})` }).waitFor();
    assert.equal(await page.locator('ul.unit-tree li').count(), units.length);
    // A child unit sits inside its parent's list item.
    const child = units.find((u) => u.parent_id !== null);
    if (child) {
      const parent = units.find((u) => u.id === child.parent_id);
      const parentItem = page.locator('ul.unit-tree li', { has: page.getByRole('link', { name: parent.name, exact: true }) }).first();
      await parentItem.locator('ul.unit-tree').getByRole('link', { name: child.name, exact: true }).first().waitFor();
    }
    await shot(page, 'agency-detail', { fullPage: true });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('employees: an admin narrows the national list to one regency with the region picker', async () => {
  const { context, page, problems } = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(page, suite.netra.account('admin'));
    await page.goto('/pegawai');
    const all = await apiGet(page, '/employees?limit=1');
    await waitForTotal(page, `${idNumber(all.total)} pegawai`);
    const lumajang = await apiGet(page, '/employees?region=35.08&limit=1');
    assert.ok(lumajang.total > 0 && lumajang.total < all.total, 'Lumajang is part of the national total');

    await page.getByLabel('Wilayah', { exact: true }).fill('Lumajang');
    const option = page.locator('.picker-results').getByRole('button', { name: /Kabupaten Lumajang/ });
    await option.click();
    await waitForTotal(page, `${idNumber(lumajang.total)} pegawai`);
    assert.equal(new URL(page.url()).searchParams.get('region'), '35.08');
    await page.locator('.picked').getByText('Kabupaten Lumajang').waitFor();
    // The agency list follows the region: only Lumajang's agencies are offered.
    const agencies = await apiGet(page, '/agencies?region=35.08&limit=500');
    await page.waitForFunction(
      (count) => document.querySelectorAll('select[name="agency_id"] option').length === count + 1,
      agencies.items.length,
    );
    const names = await page.locator('select[name="agency_id"] option').allInnerTexts();
    assert.deepEqual(names.slice(1), agencies.items.map((agency) => agency.name));
    assert.ok(agencies.items.every((agency) => agency.region_code === '35.08'));
    await shot(page, 'employees-region');

    // Clearing the region returns to the national list.
    await page.getByRole('button', { name: 'Hapus pilihan Kabupaten Lumajang' }).click();
    await waitForTotal(page, `${idNumber(all.total)} pegawai`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
