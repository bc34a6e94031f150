// Names of regions by code, fetched once per code and shared by every screen
// (GET /regions/{code} is public and the names never change while the app runs).

import { useEffect, useState } from 'preact/hooks';
import { get } from './api';
import type { RegionWithPath } from './types';

const cache = new Map<string, Promise<string | null>>();

function regionName(code: string): Promise<string | null> {
  let pending = cache.get(code);
  if (!pending) {
    pending = get<RegionWithPath>(`/regions/${encodeURIComponent(code)}`).then(
      (found) => found.region.name,
      () => {
        cache.delete(code);
        return null;
      },
    );
    cache.set(code, pending);
  }
  return pending;
}

/** Map of code → name for the given codes; a name appears once it has loaded. */
export function useRegionNames(codes: string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(codes.filter(Boolean))].sort().join(' ');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(' ') : [];
    void Promise.all(wanted.map(async (code) => [code, await regionName(code)] as const)).then((pairs) => {
      if (!live) return;
      const next: Record<string, string> = {};
      for (const [code, name] of pairs) if (name) next[code] = name;
      setNames(next);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
