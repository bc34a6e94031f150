import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { get } from '../api';
import { Loading, PageTitle, Pager, ProblemMessage, useLoad } from '../components';
import { useI18n } from '../i18n';
import { RegionPicker } from '../RegionPicker';
import { useRegionNames } from '../regionNames';
import { Link, navigate, useLocation } from '../router';
import { AGENCY_KINDS } from '../types';
import type { Agency, Page } from '../types';

const LIMIT = 50;

export function Agencies() {
  const { t, tOr, num } = useI18n();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const kind = query.get('kind') ?? '';
  const region = query.get('region') ?? '';
  const offset = Number(query.get('offset') ?? '0') || 0;
  const [text, setText] = useState(q);
  const [moreOpen, setMoreOpen] = useState(false);
  const active = [kind, region].filter(Boolean).length;
  useEffect(() => setText(q), [q]);

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('offset' in changes)) next.delete('offset');
    const search = next.toString();
    navigate(`/instansi${search ? `?${search}` : ''}`, { replace: true });
  };

  const page = useLoad(
    (signal) => get<Page<Agency>>('/agencies', { q, kind, region, offset, limit: LIMIT }, signal),
    [q, kind, region, offset],
  );

  const regionNames = useRegionNames(page.data?.items.map((agency) => agency.region_code) ?? []);

  const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    update({ q: text.trim() });
  };

  return (
    <>
      <PageTitle title={t('nav.agencies')}>{t('nav.agencies')}</PageTitle>
      <form class={moreOpen ? 'filters show-more' : 'filters'} onSubmit={submit} role="search">
        <label class="field grow">
          <span>{t('agencies.search')}</span>
          <input type="search" name="q" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button
          type="button"
          class="filters-toggle"
          aria-expanded={moreOpen}
          onClick={() => setMoreOpen(!moreOpen)}
        >
          {active ? t('filter.moreActive', { count: active }) : t('filter.more')}
        </button>
        <label class="field more">
          <span>{t('agencies.kind')}</span>
          <select name="kind" value={kind} onChange={(e) => update({ kind: e.currentTarget.value })}>
            <option value="">{t('common.all')}</option>
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {tOr(`kind.${k}`, k)}
              </option>
            ))}
          </select>
        </label>
        <div class="field more">
          <label for="agency-region">{t('filter.region')}</label>
          <RegionPicker id="agency-region" value={region} onChange={(code) => update({ region: code })} />
        </div>
        <div class="field actions">
          <button type="submit" class="primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      <ProblemMessage error={page.error} />
      {page.loading && <Loading />}
      {page.data && (
        <>
          <p class="muted" aria-live="polite">
            {t('agencies.count', { count: num(page.data.total) })}
          </p>
          {page.data.items.length === 0 ? (
            <p class="empty">{t('common.noResults')}</p>
          ) : (
            <table class="list">
              <thead>
                <tr>
                  <th scope="col">{t('agencies.name')}</th>
                  <th scope="col">{t('agencies.kind')}</th>
                  <th scope="col">{t('agencies.code')}</th>
                  <th scope="col">{t('filter.region')}</th>
                </tr>
              </thead>
              <tbody>
                {page.data.items.map((agency) => (
                  <tr key={agency.id}>
                    <td data-label={t('agencies.name')}>
                      <Link href={`/instansi/${agency.id}`}>{agency.name}</Link>
                    </td>
                    <td data-label={t('agencies.kind')}>{tOr(`kind.${agency.kind}`, agency.kind)}</td>
                    <td data-label={t('agencies.code')}>
                      <code>{agency.code}</code>
                    </td>
                    <td data-label={t('filter.region')}>
                      {regionNames[agency.region_code] ?? <code>{agency.region_code}</code>}
                    </td>
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
