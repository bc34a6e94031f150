// Netra's own small i18n: two dictionaries (Indonesian first, English), the
// chosen language remembered in localStorage and mirrored to <html lang>, and
// Intl formatting for id-ID / en-GB. Every user-visible string goes through t().

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { id, type MessageKey } from './id';
import { en } from './en';

export type Lang = 'id' | 'en';
export type { MessageKey };

const STORAGE_KEY = 'netra.lang';
const dictionaries: Record<Lang, Record<MessageKey, string>> = { id, en };
const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** IANA zone for each Indonesian time zone name (no daylight saving). */
export const ZONES: Record<string, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

export function storedLang(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'id' || value === 'en') return value;
  } catch {
    // Storage may be unavailable (private mode); Indonesian is the default.
  }
  return 'id';
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Without storage the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
}

export type Params = Record<string, string | number>;

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  /** A key built at run time (enum values); falls back to the raw value when the dictionary lacks it. */
  tOr: (key: string, fallback: string) => string;
  num: (value: number) => string;
  /** A calendar date "YYYY-MM-DD" as a long date, e.g. "26 September 1986". */
  date: (value: string) => string;
  /** A month "YYYY-MM" as "Mei 2015". */
  month: (value: string) => string;
  /** An RFC 3339 instant in the given Indonesian zone (WIB by default), with the zone's name. */
  dateTime: (value: string, zone?: string) => string;
  /** Hours and minutes of an instant in the browser's own time zone, e.g. "14.05". */
  clock: (value: Date) => string;
  /** Pick the Indonesian or English variant of a server message. */
  pick: (indonesian: string | undefined, english: string | undefined) => string;
}

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

export function makeI18n(lang: Lang): I18n {
  const dict = dictionaries[lang];
  const locale = locales[lang];
  const numberFormat = new Intl.NumberFormat(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const parseDay = (value: string): Date | null => {
    const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (!match) return null;
    return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, match[3] ? Number(match[3]) : 1));
  };
  return {
    lang,
    t: (key, params) => fill(dict[key], params),
    tOr: (key, fallback) => (key in dict ? dict[key as MessageKey] : fallback),
    num: (value) => numberFormat.format(value),
    date: (value) => {
      const day = parseDay(value);
      return day ? dateFormat.format(day) : value;
    },
    month: (value) => {
      const day = parseDay(value);
      return day ? monthFormat.format(day) : value;
    },
    dateTime: (value, zone = 'WIB') => {
      const instant = new Date(value);
      if (Number.isNaN(instant.getTime())) return value;
      const format = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        timeZone: ZONES[zone] ?? ZONES.WIB,
      });
      return `${format.format(instant)} ${zone in ZONES ? zone : 'WIB'}`;
    },
    clock: (value) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(value),
    pick: (indonesian, english) => (lang === 'en' ? english || indonesian || '' : indonesian || english || ''),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('id'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
