// Officer inbox (/kasus): the cases of the caller's region, earliest deadline
// first (the API orders them: overdue, then due, then without a deadline).
// Status, region, "actionable for my role" and closed cases are filtered by the
// server; deadline state and violation type by the page, over up to 500 cases.

import { get } from '../api';
import { Loading, PageTitle, ProblemMessage, useLoad } from '../components';
import { statusClass } from '../enforcement';
import { useI18n } from '../i18n';
import { RegionPicker } from '../RegionPicker';
import { useRegionInfo } from '../regionNames';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session';
import { CASE_STATUSES } from '../types';
import type { CaseSummary, Page } from '../types';

const LIMIT = 500;

export function Cases() {
  const { t, tOr, num, dateTime, date } = useI18n();
  const { user } = useSession();
  const { query } = useLocation();
  const status = query.get('status') ?? '';
  const deadline = query.get('deadline') ?? '';
  const region = query.get('region') ?? '';
  const violation = query.get('violation') ?? '';
  const actionable = query.get('actionable') === '1';
  const closed = query.get('closed') === '1';
  const movesCases = user.role === 'pengawas' || user.role === 'penilai' || user.role === 'ppk';

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const search = next.toString();
    navigate(`/kasus${search ? `?${search}` : ''}`, { replace: true });
  };

  const page = useLoad(
    (signal) =>
      get<Page<CaseSummary>>(
        '/cases',
        { status, region, actionable: actionable || undefined, include_closed: closed || undefined, limit: LIMIT },
        signal,
      ),
    [status, region, actionable, closed],
  );
  const all = page.data?.items ?? [];
  const codes = [...new Set(all.flatMap((c) => c.violation_codes ?? []))].sort();
  const shown = all.filter(
    (c) =>
      (!violation || (c.violation_codes ?? []).includes(violation)) &&
      (deadline === '' ||
        (deadline === 'overdue' && c.overdue) ||
        (deadline === 'due' && c.deadline_at !== null && !c.overdue) ||
        (deadline === 'none' && c.deadline_at === null)),
  );
  const regions = useRegionInfo(all.map((c) => c.region_code));

  return (
    <>
      <PageTitle title={t('nav.cases')}>{t('cases.title')}</PageTitle>
      <form class="filters" onSubmit={(e) => e.preventDefault()} role="search" aria-label={t('cases.filters')}>
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
            <option value="overdue">{t('cases.overdueOnly')}</option>
            <option value="due">{t('cases.dueOnly')}</option>
            <option value="none">{t('cases.noDeadline')}</option>
          </select>
        </label>
        <label class="field">
          <span>{t('cases.violation')}</span>
          <select name="violation" value={violation} onChange={(e) => update({ violation: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {codes.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <div class="field">
          <label for="cases-region">{t('filter.region')}</label>
          <RegionPicker id="cases-region" value={region} onChange={(code) => update({ region: code })} />
        </div>
        {movesCases && (
          <label class="check">
            <input type="checkbox" name="actionable" checked={actionable} onChange={(e) => update({ actionable: e.currentTarget.checked ? '1' : '' })} />
            <span>{t('cases.actionable')}</span>
          </label>
        )}
        <label class="check">
          <input type="checkbox" name="closed" checked={closed} onChange={(e) => update({ closed: e.currentTarget.checked ? '1' : '' })} />
          <span>{t('cases.includeClosed')}</span>
        </label>
      </form>
      <ProblemMessage error={page.error} />
      {page.loading && !page.data && <Loading />}
      {page.data && (
        <>
          <p class="muted" aria-live="polite" data-testid="cases-count">
            {t('cases.count', { shown: num(shown.length), total: num(page.data.total) })}
            {page.data.total > all.length ? ` ${t('cases.truncated', { count: num(all.length) })}` : ''}
          </p>
          {shown.length === 0 ? (
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
                {shown.map((c) => {
                  const info = regions[c.region_code];
                  return (
                    <tr key={c.id} class={c.overdue ? 'overdue' : ''} data-case={c.number}>
                      <td data-label={t('case.number')}>
                        <span class="tag-row">
                          <Link href={`/kasus/${c.id}`}>
                            <strong>{c.number}</strong>
                          </Link>
                          {c.late && <span class="tag tag-off">{t('case.late')}</span>}
                        </span>
                      </td>
                      <td data-label={t('cases.status')}>
                        <span class="tag-row">
                          <span class={statusClass(c.status)}>{tOr(`status.${c.status}`, c.status)}</span>
                          {c.escalation !== 'none' && <span class="tag tag-off">{t(`escalation.${c.escalation}`)}</span>}
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
        </>
      )}
    </>
  );
}
