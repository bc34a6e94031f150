// Conflicts of interest (issue 4 point 7) in the web app, on the demo data:
// Kabupaten Probolinggo's regent and Jawa Timur's governor are incumbent
// candidates in the demo Pilkada, so a Probolinggo case awaiting the PPK shows
// the warning, and neither the regent nor the governor may decide it — the
// Minister of Home Affairs (the national PPK) does. The Probolinggo pengawas
// is seconded from an agency whose employee it reported: it cannot act on
// that finding, and the province's pengawas takes it over.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiGet, openPage, shot, signIn, useSuite } from './harness.mjs';

const suite = useSuite();

const account = (username) => ({ username, password: suite.netra.account('admin').password });

/** The first case matching `filter` that `page`'s user sees. */
async function findCase(page, query, filter) {
  const list = await apiGet(page, `/cases?${query}&limit=500`);
  const item = list.items.find(filter);
  assert.ok(item, `no case for ${query}`);
  return item;
}

/** POSTs a move as the page's user and returns the response status and body. */
async function tryMove(page, id, to, fields) {
  return page.evaluate(
    async ({ id, to, fields }) => {
      const me = await (await fetch('/api/v1/auth/me')).json();
      const response = await fetch(`/api/v1/cases/${id}/transitions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
        body: JSON.stringify({ to, fields }),
      });
      return { status: response.status, body: await response.json() };
    },
    { id, to, fields },
  );
}

const DECISION = {
  decision_number: '800/77/2025',
  sanction_track: 'ethics',
  sanction_level: 'moral',
  sanction_penalty: 'moral_open',
  override_reason: 'Pernyataan terbuka sesuai pemeriksaan atasan langsung',
};

test('an incumbent regent cannot decide a case; neither can a governor who runs too; the minister does', async () => {
  const regent = await openPage(suite.browser, suite.netra.baseUrl);
  let caseId;
  try {
    await signIn(regent.page, account('ppk.kabprobolinggo'));
    const awaiting = await findCase(regent.page, 'status=AWAITING_PPK&region=35.13', (c) => c.region_code === '35.13');
    caseId = awaiting.id;
    assert.equal(awaiting.conflict, true, 'the inbox item carries the conflict flag');

    // The PPK page lists it with the flag; the decision page shows the warning and no form.
    await regent.page.goto('/ppk');
    await regent.page.locator(`li[data-case="${awaiting.number}"]`).getByTestId('conflict-flag').waitFor();
    await regent.page.goto(`/kasus/${caseId}`);
    const box = regent.page.getByTestId('case-conflicts');
    await box.getByRole('heading', { name: 'Konflik kepentingan' }).waitFor();
    const item = box.locator('li[data-kind="ppk_candidate"]');
    await item.getByText('calon dalam pemilihan yang sedang berjalan').waitFor();
    await item.getByText('Menteri Dalam Negeri').waitFor();
    await regent.page.getByTestId('case-blocked').waitFor();
    assert.equal(await regent.page.locator('details[data-move]').count(), 0, 'no move is offered to the regent');
    await shot(regent.page, 'conflict-case-regent');

    const refused = await tryMove(regent.page, caseId, 'SANCTIONED', DECISION);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'ppk_conflict');
    assert.match(refused.body.detail, /Menteri Dalam Negeri/);

    // The API names the level the decision goes to, in both languages.
    const detail = await apiGet(regent.page, `/cases/${caseId}`);
    assert.equal(detail.decision_region, '');
    assert.equal(detail.conflicts[0].kind, 'ppk_candidate');
    assert.match(detail.conflicts[0].escalation.target_en, /Minister of Home Affairs/);
  } finally {
    await regent.context.close();
  }

  const governor = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(governor.page, account('ppk.jatim'));
    const refused = await tryMove(governor.page, caseId, 'SANCTIONED', DECISION);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'ppk_conflict');
  } finally {
    await governor.context.close();
  }

  const minister = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(minister.page, account('ppk.kemendagri'));
    await minister.page.goto(`/ppk/${caseId}`);
    await minister.page.getByTestId('case-conflicts').waitFor();
    assert.equal(await minister.page.getByTestId('case-blocked').count(), 0);
    const decided = await tryMove(minister.page, caseId, 'SANCTIONED', DECISION);
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    assert.equal(decided.body.status, 'SANCTIONED');
  } finally {
    await minister.context.close();
  }
});

test('a seconded pengawas cannot handle a finding about its own agency; the province takes it over', async () => {
  const local = await openPage(suite.browser, suite.netra.baseUrl);
  let caseId;
  try {
    await signIn(local.page, account('pengawas.kabprobolinggo'));
    const finding = await findCase(local.page, 'status=RECEIVED&region=35.13', (c) => c.origin === 'finding');
    caseId = finding.id;
    const detail = await apiGet(local.page, `/cases/${caseId}`);
    assert.equal(detail.handling_officer.username, 'pengawas.kabprobolinggo');
    assert.ok(detail.conflicts.some((c) => c.kind === 'officer_same_unit_as_reported'));
    assert.equal(detail.blocked.reason, 'officer_conflict');

    // The inbox flags the case, and only the conflicted ones.
    await local.page.goto(`/kasus?q=${encodeURIComponent(finding.subject.name)}`);
    await local.page.locator(`tr[data-case="${finding.number}"]`).getByTestId('conflict-flag').waitFor();
    const inbox = await apiGet(local.page, `/cases?q=${encodeURIComponent(finding.subject.name)}`);
    const flagged = inbox.items.filter((c) => c.conflict).length;
    assert.equal(await local.page.locator('table.cases tbody tr').getByTestId('conflict-flag').count(), flagged);

    await local.page.goto(`/kasus/${caseId}`);
    await local.page
      .getByTestId('case-conflicts')
      .locator('li[data-kind="officer_same_unit_as_reported"]')
      .getByText('unit kerja yang sama dengan terlapor')
      .waitFor();
    await local.page.getByTestId('officer-current').getByText('pengawas.kabprobolinggo').waitFor();
    await shot(local.page, 'conflict-case-officer');
    const refused = await tryMove(local.page, caseId, 'INITIAL_REVIEW', { handling_officer: 'Staf' });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'officer_conflict');
  } finally {
    await local.context.close();
  }

  const province = await openPage(suite.browser, suite.netra.baseUrl);
  try {
    await signIn(province.page, account('pengawas.jatim'));
    await province.page.goto(`/kasus/${caseId}`);
    await province.page.getByTestId('case-officer').getByText('Ambil alih atau serahkan kasus').click();
    const form = province.page.getByTestId('handover-form');
    await form.getByLabel('Alasan pengalihan').fill('Petugas kabupaten berasal dari unit terlapor');
    const answer = province.page.waitForResponse((r) => r.url().endsWith('/handler') && r.request().method() === 'POST');
    await form.getByRole('button', { name: 'Ambil alih kasus' }).click();
    assert.equal((await answer).status(), 200);
    await province.page.getByTestId('officer-current').getByText('pengawas.jatim').waitFor();
    await province.page.getByTestId('case-officer').scrollIntoViewIfNeeded();
    await shot(province.page, 'conflict-case-taken-over', { top: false });
    const moved = await tryMove(province.page, caseId, 'INITIAL_REVIEW', { handling_officer: 'Staf Bawaslu Provinsi' });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
  } finally {
    await province.context.close();
  }
});
