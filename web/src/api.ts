// Client for the Netra HTTP API (docs/api.md). Holds the CSRF token of the
// current session in memory only and sends it on every state-changing request.
// A 401 on any call but sign-in reports the session as gone.

import type { Problem } from './types';

const BASE = '/api/v1';

export class ApiError extends Error {
  readonly status: number;
  /** The problem+json body, or null when the server could not be reached or sent something else. */
  readonly problem: Problem | null;
  /** Seconds from Retry-After on a 429, else null. */
  readonly retryAfter: number | null;
  /** When the answer arrived (ms since the epoch), to turn Retry-After into a clock time. */
  readonly receivedAt: number;

  constructor(status: number, problem: Problem | null, retryAfter: number | null) {
    super(problem?.detail_en ?? problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
    this.receivedAt = Date.now();
  }
}

let csrfToken: string | null = null;
let unauthenticatedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function onUnauthenticated(handler: () => void): void {
  unauthenticatedHandler = handler;
}

export type QueryValue = string | number | boolean | null | undefined;

export function queryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** JSON body. */
  json?: unknown;
  /** Raw body sent as is, with its own content type. */
  raw?: Blob;
  contentType?: string;
  /** Extra request headers (the receipt code of a public evidence upload). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.code !== 'string') return null;
    return { ...body, status: body.status ?? response.status, code: body.code };
  } catch {
    return null;
  }
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.raw !== undefined) {
    headers['Content-Type'] = options.contentType ?? (options.raw.type || 'application/octet-stream');
    body = options.raw;
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken !== null) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(BASE + path + queryString(options.query ?? {}), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, null, null);
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    const retry = response.headers.get('Retry-After');
    const retryAfter = retry !== null && /^\d+$/.test(retry) ? Number(retry) : null;
    if (response.status === 401 && path !== '/auth/login') {
      csrfToken = null;
      unauthenticatedHandler?.();
    }
    throw new ApiError(response.status, problem, retryAfter);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const get = <T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal) =>
  request<T>('GET', path, { query, signal });

export const post = <T>(path: string, json?: unknown) => request<T>('POST', path, { json: json ?? {} });

/** Sends a file as the raw body of a POST (evidence uploads). */
export const upload = <T>(path: string, file: Blob, query?: Record<string, QueryValue>, headers?: Record<string, string>) =>
  request<T>('POST', path, { raw: file, query, headers, contentType: file.type || 'application/octet-stream' });
