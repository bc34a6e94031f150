import { useEffect, useRef, useState } from 'preact/hooks';
import { get } from '../api';
import { PageTitle, ProblemMessage } from '../components';
import { useI18n } from '../i18n';
import type { Items, Region, RegionWithPath } from '../types';

type Children = Region[] | 'loading' | { error: unknown };

/** Provinces → regencies/cities → districts → villages, each level loaded when first opened. */
export function Regions() {
  const { t } = useI18n();
  const [children, setChildren] = useState<Record<string, Children>>({});
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const loaded = useRef<Record<string, Promise<void>>>({});

  const load = (parent: string): Promise<void> => {
    const existing = loaded.current[parent];
    if (existing) return existing;
    setChildren((all) => ({ ...all, [parent]: 'loading' }));
    const pending = get<Items<Region>>('/regions', { parent: parent || undefined }).then(
      (body) => setChildren((all) => ({ ...all, [parent]: body.items })),
      (error: unknown) => {
        delete loaded.current[parent];
        setChildren((all) => ({ ...all, [parent]: { error } }));
      },
    );
    loaded.current[parent] = pending;
    return pending;
  };

  useEffect(() => {
    void load('');
  }, []);

  const toggle = (code: string) => {
    const next = new Set(expanded);
    if (next.has(code)) next.delete(code);
    else {
      next.add(code);
      void load(code);
    }
    setExpanded(next);
  };

  const [revealError, setRevealError] = useState<unknown>(undefined);

  const reveal = async (code: string) => {
    setRevealError(undefined);
    let found: RegionWithPath;
    try {
      found = await get<RegionWithPath>(`/regions/${encodeURIComponent(code)}`);
    } catch (error) {
      setRevealError(error);
      return;
    }
    const ancestors = found.path.map((region) => region.code).filter((c) => c !== code);
    await Promise.all([load(''), ...ancestors.map((c) => load(c))]);
    setExpanded((previous) => new Set([...previous, ...ancestors]));
    setSelected(code);
    window.setTimeout(() => {
      document.querySelector(`li[data-code="${CSS.escape(code)}"]`)?.scrollIntoView({ block: 'center' });
    }, 0);
  };

  return (
    <>
      <PageTitle title={t('nav.regions')}>{t('nav.regions')}</PageTitle>
      <p class="muted">{t('regions.lead')}</p>
      <RegionSearch onPick={(code) => void reveal(code)} />
      <ProblemMessage error={revealError} />
      <section aria-label={t('regions.tree')} class="card">
        <RegionList parent="" tree={children} expanded={expanded} selected={selected} onToggle={toggle} />
      </section>
      <p class="muted small">{t('regions.attribution')}</p>
    </>
  );
}

interface ListProps {
  parent: string;
  tree: Record<string, Children>;
  expanded: Set<string>;
  selected: string | null;
  onToggle: (code: string) => void;
}

function RegionList({ parent, tree, expanded, selected, onToggle }: ListProps) {
  const { t, num } = useI18n();
  const items = tree[parent];
  if (items === undefined || items === 'loading') {
    return (
      <p class="muted tree-note" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!Array.isArray(items)) return <ProblemMessage error={items.error} />;
  if (items.length === 0) return <p class="muted tree-note">{t('regions.none')}</p>;
  return (
    <ul class={parent === '' ? 'tree' : 'tree-children'} aria-label={parent === '' ? t('regions.provinces') : undefined}>
      {items.map((region) => {
        const leaf = region.level === 'desa_kelurahan';
        const open = expanded.has(region.code);
        const kids = tree[region.code];
        return (
          <li key={region.code} class={selected === region.code ? 'tree-item selected' : 'tree-item'} data-code={region.code}>
            <div class="tree-row">
              {leaf ? (
                <span class="tree-leaf" aria-hidden="true" />
              ) : (
                <button
                  type="button"
                  class="tree-toggle"
                  aria-expanded={open}
                  aria-label={t(open ? 'regions.collapse' : 'regions.expand', { name: region.name })}
                  onClick={() => onToggle(region.code)}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                </button>
              )}
              <span class="tree-name">{region.name}</span>
              <code class="tree-code">{region.code}</code>
              <span class="tag level">{t(`level.${region.level}` as const)}</span>
              {region.level === 'provinsi' && region.time_zone && (
                <abbr class="tag tz" title={t(`zone.${region.time_zone}` as 'zone.WIB')}>
                  {region.time_zone}
                </abbr>
              )}
              {open && Array.isArray(kids) && (
                <span class="muted small">{t('regions.childCount', { count: num(kids.length) })}</span>
              )}
            </div>
            {open && (
              <RegionList parent={region.code} tree={tree} expanded={expanded} selected={selected} onToggle={onToggle} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function RegionSearch({ onPick }: { onPick: (code: string) => void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Region[] | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setResults(null);
      setError(undefined);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      get<Items<Region>>('/regions/search', { q: text, limit: 20 }, controller.signal).then(
        (body) => {
          setResults(body.items);
          setError(undefined);
        },
        (caught: unknown) => {
          if (!controller.signal.aborted) setError(caught);
        },
      );
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <div class="search-block">
      <label class="field">
        <span>{t('regions.search')}</span>
        <input
          type="search"
          name="region-search"
          placeholder={t('regions.searchHint')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </label>
      <ProblemMessage error={error} />
      {results !== null && (
        <div class="search-results" aria-live="polite">
          {results.length === 0 ? (
            <p class="muted">{t('common.noResults')}</p>
          ) : (
            <ul>
              {results.map((region) => (
                <li key={region.code}>
                  <button type="button" class="link" onClick={() => onPick(region.code)}>
                    {region.name}
                  </button>{' '}
                  <code>{region.code}</code> <span class="tag">{t(`level.${region.level}` as const)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
