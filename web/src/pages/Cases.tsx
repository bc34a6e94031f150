// Officer inbox (/kasus): the cases of the caller's region, earliest deadline
// first (the API orders them: overdue, then due, then without a deadline).
// Every filter runs on the server (GET /cases) and lives in the URL, so a
// reload or a shared link shows the same page of the same list.

import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { get } from '../api';
import { Loading, PageTitle, Pager, ProblemMessage, useLoad } from '../components';
import { statusClass } from '../enforcement';
import { useI18n } from '../i18n';
import { RegionPicker } from '../RegionPicker';
import { useRegionInfo } from '../regionNames';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session';
import { CASE_STATUSES } from '../types';
import type { CaseSummary, CatalogPage, Page } from '../types';

/** Rows per page: a case row is tall (subject, agency, deadline), so fewer than the employee list. */
const LIMIT = 25;

/** Deadline states of GET /cases?deadline= (docs/api.md); "due_soon" is within 2 days. */
const DEADLINES = ['overdue', 'due_soon', 'any', 'none'] as const;

/** The URL's filters, each also a GET /cases parameter (`closed` → include_closed). */
const FILTER_KEYS = ['status', 'deadline', 'violation', 'q', 'region', 'origin', 'late', 'act_from', 'act_to', 'actionable', 'closed'];

export function Cases() {
  const { t, tOr, pick, num, dateTime, date } = useI18n();
  const { user } = useSession();
  const { query } = useLocation();
  const param = (name: string) => query.get(name) ?? '';
  const status = param('status');
  const deadline = param('deadline');
  const violation = param('violation');
  const q = param('q');
  const region = param('region');
  const origin = param('origin');
  const late = param('late') === '1';
  const actFrom = param('act_from');
  const actTo = param('act_to');
  const actionable = param('actionable') === '1';
  const closed = param('closed') === '1';
  const offset = Math.max(0, Number(param('offset')) || 0);
  const movesCases = user.role === 'pengawas' || user.role === 'penilai' || user.role === 'ppk';
  const [text, setText] = useState(q);
  const [moreOpen, setMoreOpen] = useState(false);
  useEffect(() => setText(q), [q]);
  const active = [region, origin, late, actFrom, actTo, closed].filter(Boolean).length;

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    // A new filter starts at the first page.
    if (!('offset' in changes)) next.delete('offset');
    const search = next.toString();
    navigate(`/kasus${search ? `?${search}` : ''}`, { replace: true });
  };
  const clear = () => update(Object.fromEntries(FILTER_KEYS.map((key) => [key, ''])));

  const catalog = useLoad((signal) => get<CatalogPage>('/catalog/violations', undefined, signal), []);
  const page = useLoad(
    (signal) =>
      get<Page<CaseSummary>>(
        '/cases',
        {
          status,
          deadline,
          violation,
          q,
          region,
          origin,
          late: late || undefined,
          act_from: actFrom,
          act_to: actTo,
          actionable: actionable || undefined,
          include_closed: closed || undefined,
          offset: offset || undefined,
          limit: LIMIT,
        },
        signal,
      ),
    [status, deadline, violation, q, region, origin, late, actFrom, actTo, actionable, closed, offset],
  );
  const items = page.data?.items ?? [];
  const regions = useRegionInfo(items.map((c) => c.region_code));
  const codes = catalog.data?.items ?? [];
  const filtered = FILTER_KEYS.some((key) => query.has(key));

  const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({ q: text.trim() });
  };

  return (
    <>
      <PageTitle title={t('nav.cases')}>{t('cases.title')}</PageTitle>
      <form class={moreOpen ? 'filters show-more' : 'filters'} onSubmit={submit} role="search" aria-label={t('cases.filters')}>
        <label class="field grow">
          <span>{t('cases.search')}</span>
          <input type="search" name="q" maxLength={100} placeholder={t('cases.searchHint')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <div class="field actions">
          <button type="submit" class="primary">
            {t('common.search')}
          </button>
        </div>
        <label class="field">
          <span>{t('cases.status')}</span>
          <select name="status" value={status} onChange={(e) => update({ status: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tOr(`status.${s}`, s)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('cases.deadline')}</span>
          <select name="deadline" value={deadline} onChange={(e) => update({ deadline: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {DEADLINES.map((d) => (
              <option key={d} value={d}>
                {t(`cases.deadline.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('cases.violation')}</span>
          <select name="violation" value={violation} onChange={(e) => update({ violation: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {violation && !codes.some((v) => v.code === violation) && <option value={violation}>{violation}</option>}
            {codes.map((v) => (
              <option key={v.code} value={v.code}>
                {v.code} — {pick(v.title, v.title_en)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="filters-toggle" aria-expanded={moreOpen} onClick={() => setMoreOpen(!moreOpen)}>
          {active ? t('filter.moreActive', { count: active }) : t('filter.more')}
        </button>
        <div class="field more">
          <label for="cases-region">{t('filter.region')}</label>
          <RegionPicker id="cases-region" value={region} onChange={(code) => update({ region: code })} />
        </div>
        <label class="field more">
          <span>{t('case.origin')}</span>
          <select name="origin" value={origin} onChange={(e) => update({ origin: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            <option value="report">{t('case.originReport')}</option>
            <option value="finding">{t('case.originFinding')}</option>
          </select>
        </label>
        <label class="field more">
          <span>{t('cases.actFrom')}</span>
          <input type="date" name="act_from" value={actFrom} max={actTo || undefined} onChange={(e) => update({ act_from: e.currentTarget.value })} />
        </label>
        <label class="field more">
          <span>{t('cases.actTo')}</span>
          <input type="date" name="act_to" value={actTo} min={actFrom || undefined} onChange={(e) => update({ act_to: e.currentTarget.value })} />
        </label>
        <label class="check more">
          <input type="checkbox" name="late" checked={late} onChange={(e) => update({ late: e.currentTarget.checked ? '1' : '' })} />
          <span>{t('cases.lateOnly')}</span>
        </label>
        {movesCases && (
          <label class="check">
            <input type="checkbox" name="actionable" checked={actionable} onChange={(e) => update({ actionable: e.currentTarget.checked ? '1' : '' })} />
            <span>{t('cases.actionable')}</span>
          </label>
        )}
        <label class="check more">
          <input type="checkbox" name="closed" checked={closed} onChange={(e) => update({ closed: e.currentTarget.checked ? '1' : '' })} />
          <span>{t('cases.includeClosed')}</span>
        </label>
        {filtered && (
          <div class="field actions">
            <button type="button" onClick={clear}>
              {t('cases.clear')}
            </button>
          </div>
        )}
      </form>
      <ProblemMessage error={page.error} />
      {page.loading && <Loading />}
      {page.data && (
        <>
          <p class="muted" aria-live="polite" data-testid="cases-count">
            {t('cases.count', { count: num(page.data.total) })}
          </p>
          {items.length === 0 ? (
            <p class="empty">{t('common.noResults')}</p>
          ) : (
            <table class="list cases">
              <thead>
                <tr>
                  <th scope="col">{t('case.number')}</th>
                  <th scope="col">{t('cases.status')}</th>
                  <th scope="col">{t('case.subject')}</th>
                  <th scope="col">{t('cases.violation')}</th>
                  <th scope="col">{t('filter.region')}</th>
                  <th scope="col">{t('cases.deadline')}</th>
                  <th scope="col">{t('case.actDate')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => {
                  const info = regions[c.region_code];
                  return (
                    <tr key={c.id} class={c.overdue ? 'overdue' : ''} data-case={c.number}>
                      <td data-label={t('case.number')}>
                        <span class="tag-row">
                          <Link href={`/kasus/${c.id}`}>
                            <strong class="nowrap">{c.number}</strong>
                          </Link>
                          {c.late && <span class="tag tag-off">{t('case.late')}</span>}
                        </span>
                      </td>
                      <td data-label={t('cases.status')}>
                        <span class="tag-row">
                          <span class={statusClass(c.status)}>{tOr(`status.${c.status}`, c.status)}</span>
                          {c.escalation !== 'none' && <span class="tag tag-off">{t(`escalation.${c.escalation}`)}</span>}
                          {c.conflict && (
                            <span class="tag tag-warn" data-testid="conflict-flag">
                              {t('conflict.title')}
                            </span>
                          )}
                        </span>
                      </td>
                      <td data-label={t('case.subject')}>
                        <span>
                          {c.subject.name}
                          {c.subject.agency && <span class="muted small block">{c.subject.agency}</span>}
                        </span>
                      </td>
                      <td data-label={t('cases.violation')}>
                        <span>{(c.violation_codes ?? []).join(', ') || '—'}</span>
                      </td>
                      <td data-label={t('filter.region')}>
                        <span>{info?.name ?? c.region_code}</span>
                      </td>
                      <td data-label={t('cases.deadline')}>
                        {c.deadline_at ? (
                          <span class={c.overdue ? 'deadline overdue' : 'deadline'}>
                            {dateTime(c.deadline_at, info?.zone ?? 'WIB')}
                            {c.deadline_rule && <span class="tag">{c.deadline_rule}</span>}
                            {c.overdue && <strong class="block">{t('cases.overdue')}</strong>}
                          </span>
                        ) : (
                          <span class="muted">—</span>
                        )}
                      </td>
                      <td data-label={t('case.actDate')}>
                        <span>{date(c.act_date)}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <Pager offset={offset} limit={LIMIT} total={page.data.total} onChange={(o) => update({ offset: o ? String(o) : '' })} />
        </>
      )}
    </>
  );
}
