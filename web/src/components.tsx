// Small building blocks shared by the screens.

import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api';
import { useI18n } from './i18n';
import type { MessageKey } from './i18n';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Run `load` whenever `deps` change; a newer run aborts the older one. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
    // `deps` lists everything `load` reads; the caller keeps it complete.
  }, [...deps, generation]);
  return { ...state, reload: () => setGeneration((n) => n + 1) };
}

export interface Submission<Args extends unknown[]> {
  busy: boolean;
  error: unknown;
  /** Runs the action: busy while it runs, its failure becomes `error` (cleared at the start). */
  run: (...args: Args) => Promise<void>;
  /** A form's onSubmit: no page load, then `run`. */
  submit: (event: JSX.TargetedEvent<HTMLFormElement>, ...args: Args) => void;
}

/** Sends a form: `action` does the request and whatever follows success; `onError` whatever else follows a failure. */
export function useSubmit<Args extends unknown[] = []>(
  action: (...args: Args) => Promise<void>,
  onError?: (caught: unknown) => void,
): Submission<Args> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const run = async (...args: Args) => {
    setBusy(true);
    setError(undefined);
    try {
      await action(...args);
    } catch (caught) {
      setError(caught);
      onError?.(caught);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: JSX.TargetedEvent<HTMLFormElement>, ...args: Args) => {
    event.preventDefault();
    void run(...args);
  };
  return { busy, error, run, submit };
}

/** An API error in the current language: the problem's detail, field errors, and the wait on a 429. */
export function ProblemMessage({ error }: { error: unknown }) {
  const { t, pick, num, clock } = useI18n();
  if (error === undefined || error === null) return null;
  let message: string;
  let fields: { field: string; text: string }[] = [];
  let wait: string | null = null;
  if (error instanceof ApiError) {
    const problem = error.problem;
    if (error.status === 0) message = t('error.network');
    else if (problem) message = pick(problem.detail, problem.detail_en) || t('error.http', { status: error.status });
    else message = t('error.http', { status: error.status });
    fields = (problem?.errors ?? []).map((item) => ({ field: item.field, text: pick(item.detail, item.detail_en) }));
    if (error.status === 429 && error.retryAfter !== null) {
      wait =
        error.retryAfter < 120
          ? t('error.retryAfter', { seconds: num(error.retryAfter) })
          : t('error.retryAt', { time: clock(new Date(error.receivedAt + error.retryAfter * 1000)) });
    }
  } else {
    message = t('error.unexpected');
  }
  return (
    <div class="alert alert-error" role="alert">
      <p>{message}</p>
      {wait && <p class="wait">{wait}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map((item) => (
            <li key={item.field}>
              <code>{item.field}</code>: {item.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="muted" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

/** The screen's heading; sets the document title and takes focus when the screen opens, so keyboard and screen-reader users start at the new content. */
export function PageTitle({ children, title }: { children: ComponentChildren; title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Netra`;
  }, [title]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

export interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

export function Pager({ offset, limit, total, onChange }: PagerProps) {
  const { t, num } = useI18n();
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label={t('pager.label')}>
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('pager.previous')}
      </button>
      <span aria-live="polite">{t('pager.range', { from: num(from), to: num(to), total: num(total) })}</span>
      <button type="button" disabled={to >= total} onClick={() => onChange(offset + limit)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}

/** A label/value pair inside a <dl>. */
export function Fact({ label, children }: { label: MessageKey; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <div class="fact">
      <dt>{t(label)}</dt>
      <dd>{children}</dd>
    </div>
  );
}
