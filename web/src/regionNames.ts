// Names and time zones of regions by code, fetched once per code and shared by
// every screen (GET /regions/{code} is public and regions never change while the
// app runs).

import { useEffect, useState } from 'preact/hooks';
import { get } from './api';
import type { RegionWithPath } from './types';

export interface RegionInfo {
  name: string;
  /** WIB/WITA/WIT: the region's own, else its province's. */
  zone: string;
}

const cache = new Map<string, Promise<RegionInfo | null>>();

function regionInfo(code: string): Promise<RegionInfo | null> {
  let pending = cache.get(code);
  if (!pending) {
    pending = get<RegionWithPath>(`/regions/${encodeURIComponent(code)}`).then(
      (found) => ({ name: found.region.name, zone: found.region.time_zone || found.path[0]?.time_zone || 'WIB' }),
      () => {
        cache.delete(code);
        return null;
      },
    );
    cache.set(code, pending);
  }
  return pending;
}

/** Map of code → region info for the given codes; an entry appears once it has loaded. */
export function useRegionInfo(codes: string[]): Record<string, RegionInfo> {
  const [infos, setInfos] = useState<Record<string, RegionInfo>>({});
  const key = [...new Set(codes.filter(Boolean))].sort().join(' ');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(' ') : [];
    void Promise.all(wanted.map(async (code) => [code, await regionInfo(code)] as const)).then((pairs) => {
      if (!live) return;
      const next: Record<string, RegionInfo> = {};
      for (const [code, info] of pairs) if (info) next[code] = info;
      setInfos(next);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return infos;
}

/** Map of code → name for the given codes; a name appears once it has loaded. */
export function useRegionNames(codes: string[]): Record<string, string> {
  const infos = useRegionInfo(codes);
  const names: Record<string, string> = {};
  for (const [code, info] of Object.entries(infos)) names[code] = info.name;
  return names;
}
