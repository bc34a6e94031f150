// Helpers shared by the enforcement screens: time zones for deadlines and
// hearing times, the input each workflow field needs, and sizes.

import type { CaseStatus, Role } from './types';

/** Hours east of UTC of each Indonesian zone (no daylight saving). */
const ZONE_HOURS: Record<string, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** The Indonesian zone the browser is in, WIB when it is none of them (for the public, who have no region). */
export function browserZone(): string {
  const east = -new Date().getTimezoneOffset() / 60;
  return Object.keys(ZONE_HOURS).find((zone) => ZONE_HOURS[zone] === east) ?? 'WIB';
}

/** "2024-09-20T09:00" read as a wall-clock time in `zone` → Unix seconds, or null. */
export function zonedToUnix(local: string, zone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  return Math.floor(utc / 1000) - (ZONE_HOURS[zone] ?? 7) * 3600;
}

/** Today's date "YYYY-MM-DD" in `zone`. */
export function todayIn(zone: string): string {
  return new Date(Date.now() + (ZONE_HOURS[zone] ?? 7) * 3600_000).toISOString().slice(0, 10);
}

export type FieldKind = 'date' | 'long' | 'short';

/** The input a workflow field (src/domain/case_workflow.cc) needs: dates, free text, or a line. */
export function fieldKind(name: string): FieldKind {
  if (name.endsWith('_date') || name.endsWith('_at')) return 'date';
  if (/(summary|record|conclusion|reason|note|result|requirements|measure|outcome|parties|sanction|articles)$/.test(name)) {
    return 'long';
  }
  return 'short';
}

/** Statuses after which the case has left Bawaslu's hands or ended; used to colour the status tag. */
const FINAL: readonly CaseStatus[] = ['SANCTIONED', 'NOT_PROVEN', 'NOT_VIOLATION', 'STOPPED', 'NOT_REGISTERED', 'CLOSED'];

export function statusClass(status: CaseStatus): string {
  return FINAL.includes(status) ? 'tag tag-done' : 'tag tag-open';
}

/** Roles that read cases (GET /cases). */
export const CASE_READERS: readonly Role[] = ['pengawas', 'penilai', 'ppk', 'auditor', 'admin'];

/** Evidence limits of docs/api.md: the server's default size and files per report. */
export const EVIDENCE_MAX_MIB = 25;
export const EVIDENCE_MAX_FILES = 10;
export const EVIDENCE_ACCEPT = 'image/jpeg,image/png,image/webp,application/pdf,video/mp4,video/quicktime,video/3gpp,video/webm';

export function formatBytes(size: number, num: (n: number) => string): string {
  if (size >= 1 << 20) return `${num(Math.round((size / (1 << 20)) * 10) / 10)} MB`;
  if (size >= 1 << 10) return `${num(Math.round(size / (1 << 10)))} KB`;
  return `${num(size)} B`;
}

/** UTF-8 length of a text (the server limits bytes, not characters). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
