import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { get } from '../api';
import { Loading, PageTitle, Pager, ProblemMessage, useLoad } from '../components';
import { useI18n } from '../i18n';
import { formatNip } from '../nip';
import { RegionPicker } from '../RegionPicker';
import { Link, navigate, useLocation } from '../router';
import { EMPLOYEE_TYPES, POSITIONS } from '../types';
import type { Agency, Employee, Page } from '../types';

const LIMIT = 50;

export function Employees() {
  const { t, num } = useI18n();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const region = query.get('region') ?? '';
  const agencyId = query.get('agency_id') ?? '';
  const unitId = query.get('unit_id') ?? '';
  const type = query.get('type') ?? '';
  const position = query.get('position') ?? '';
  const offset = Number(query.get('offset') ?? '0') || 0;
  const [text, setText] = useState(q);
  const [moreOpen, setMoreOpen] = useState(false);
  const active = [region, agencyId, type, position].filter(Boolean).length;
  useEffect(() => setText(q), [q]);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('offset' in changes)) next.delete('offset');
    const search = next.toString();
    navigate(`/pegawai${search ? `?${search}` : ''}`, { replace: true });
  };

  const agencies = useLoad(
    (signal) => get<Page<Agency>>('/agencies', { region, limit: 500 }, signal),
    [region],
  );
  const page = useLoad(
    (signal) =>
      get<Page<Employee>>(
        '/employees',
        { q, region, agency_id: agencyId, unit_id: unitId, type, position, offset, limit: LIMIT },
        signal,
      ),
    [q, region, agencyId, unitId, type, position, offset],
  );

  const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({ q: text.trim() });
  };
  const unitName = unitId ? page.data?.items.find((e) => String(e.unit_id) === unitId)?.unit_name ?? unitId : '';

  return (
    <>
      <PageTitle title={t('nav.employees')}>{t('nav.employees')}</PageTitle>
      <form class={moreOpen ? 'filters show-more' : 'filters'} onSubmit={submit} role="search">
        <label class="field grow">
          <span>{t('employees.search')}</span>
          <input
            type="search"
            name="q"
            placeholder={t('employees.searchHint')}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <button
          type="button"
          class="filters-toggle"
          aria-expanded={moreOpen}
          onClick={() => setMoreOpen(!moreOpen)}
        >
          {active ? t('filter.moreActive', { count: active }) : t('filter.more')}
        </button>
        <div class="field more">
          <label for="employee-region">{t('filter.region')}</label>
          <RegionPicker id="employee-region" value={region} onChange={(code) => update({ region: code, agency_id: '', unit_id: '' })} />
        </div>
        <label class="field more">
          <span>{t('filter.agency')}</span>
          <select name="agency_id" value={agencyId} onChange={(e) => update({ agency_id: e.currentTarget.value, unit_id: '' })}>
            <option value="">{t('common.all')}</option>
            {agencies.data?.items.map((agency) => (
              <option key={agency.id} value={String(agency.id)}>
                {agency.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field more">
          <span>{t('filter.type')}</span>
          <select name="type" value={type} onChange={(e) => update({ type: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {EMPLOYEE_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`type.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field more">
          <span>{t('filter.position')}</span>
          <select name="position" value={position} onChange={(e) => update({ position: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {POSITIONS.map((value) => (
              <option key={value} value={value}>
                {t(`position.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <div class="field actions">
          <button type="submit" class="primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      {unitId && (
        <p class="picked">
          <span>
            {t('filter.unit')}: {unitName}
          </span>
          <button type="button" class="small-button" aria-label={t('picker.clear', { name: unitName })} onClick={() => update({ unit_id: '' })}>
            ×
          </button>
        </p>
      )}
      <ProblemMessage error={page.error} />
      {page.loading && <Loading />}
      {page.data && (
        <>
          <p class="muted" aria-live="polite" data-testid="employee-total">
            {t('employees.count', { count: num(page.data.total) })}
          </p>
          {page.data.items.length === 0 ? (
            <p class="empty">{t('common.noResults')}</p>
          ) : (
            <table class="list">
              <thead>
                <tr>
                  <th scope="col">{t('employee.name')}</th>
                  <th scope="col">{t('employee.nip')}</th>
                  <th scope="col">{t('filter.type')}</th>
                  <th scope="col">{t('filter.position')}</th>
                  <th scope="col">{t('filter.agency')}</th>
                </tr>
              </thead>
              <tbody>
                {page.data.items.map((employee) => (
                  <tr key={employee.id}>
                    <td data-label={t('employee.name')}>
                      <Link href={`/pegawai/${employee.id}`}>{employee.name}</Link>
                    </td>
                    <td data-label={t('employee.nip')} class="nowrap">
                      {employee.nip ? <code>{formatNip(employee.nip)}</code> : <span class="muted">{t('employee.noNip')}</span>}
                    </td>
                    <td data-label={t('filter.type')}>{t(`type.${employee.type}`)}</td>
                    <td data-label={t('filter.position')}>{t(`position.${employee.position}`)}</td>
                    <td data-label={t('filter.agency')}>{employee.agency_name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Pager offset={offset} limit={LIMIT} total={page.data.total} onChange={(o) => update({ offset: o ? String(o) : '' })} />
        </>
      )}
    </>
  );
}
