// Choose a region within the user's scope by typing part of its name or code.

import { useEffect, useState } from 'preact/hooks';
import { get } from './api';
import { useI18n } from './i18n';
import { useSession } from './session';
import type { Items, Region, RegionWithPath } from './types';

interface Props {
  id: string;
  value: string;
  onChange: (code: string) => void;
}

export function RegionPicker({ id, value, onChange }: Props) {
  const { t } = useI18n();
  const { user } = useSession();
  const [chosen, setChosen] = useState<Region | null>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Region[]>([]);

  useEffect(() => {
    if (!value) {
      setChosen(null);
      return;
    }
    if (chosen?.code === value) return;
    const controller = new AbortController();
    get<RegionWithPath>(`/regions/${encodeURIComponent(value)}`, undefined, controller.signal).then(
      (found) => setChosen(found.region),
      () => setChosen({ code: value, name: value, level: 'provinsi', parent_code: null, time_zone: '' }),
    );
    return () => controller.abort();
  }, [value]);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setResults([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      get<Items<Region>>(
        '/regions/search',
        { q: text, within: user.region_code || undefined, limit: 10 },
        controller.signal,
      ).then(
        (body) => setResults(body.items),
        () => setResults([]),
      );
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query, user.region_code]);

  if (value && chosen) {
    return (
      <div class="picked" id={id}>
        <span>
          {chosen.name} <code>{chosen.code}</code>
        </span>
        <button type="button" class="small-button" aria-label={t('picker.clear', { name: chosen.name })} onClick={() => onChange('')}>
          ×
        </button>
      </div>
    );
  }
  return (
    <div class="picker">
      <input
        id={id}
        type="search"
        autoComplete="off"
        placeholder={t('picker.hint')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {results.length > 0 && (
        <ul class="picker-results" aria-label={t('picker.results')}>
          {results.map((region) => (
            <li key={region.code}>
              <button
                type="button"
                onClick={() => {
                  setChosen(region);
                  setQuery('');
                  setResults([]);
                  onChange(region.code);
                }}
              >
                {region.name} <code>{region.code}</code> <span class="tag">{t(`level.${region.level}` as const)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
