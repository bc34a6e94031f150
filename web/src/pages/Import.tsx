import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { get, request } from '../api';
import { PageTitle, ProblemMessage, useSubmit } from '../components';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import type { ImportJob } from '../types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const POLL_MS = 1000;

function contentType(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  if (file.type === 'text/csv' || file.type === XLSX_TYPE) return file.type;
  return null;
}

export function Import({ jobId }: { jobId: string | null }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [badType, setBadType] = useState(false);
  const { busy, error, run: send } = useSubmit(async (chosen: File, type: string) => {
    const job = await request<ImportJob>('POST', '/imports/employees', {
      query: { file_name: chosen.name, all_or_nothing: allOrNothing },
      raw: chosen,
      contentType: type,
    });
    navigate(`/impor/${job.id}`);
  });

  const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    const type = contentType(file);
    if (!type) {
      setBadType(true);
      return;
    }
    void send(file, type);
  };

  return (
    <>
      <PageTitle title={t('nav.import')}>{t('import.title')}</PageTitle>
      <p class="muted">{t('import.lead')}</p>
      <form class="card stack" onSubmit={submit}>
        <div class="field">
          <span id="import-file-label">{t('import.file')}</span>
          <div class="file-pick">
            <input
              id="import-file"
              class="visually-hidden"
              type="file"
              name="file"
              aria-labelledby="import-file-label"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              required
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setBadType(false);
              }}
            />
            <label for="import-file" class="button-like">
              {t('import.choose')}
            </label>
            <span class={file ? 'file-name' : 'file-name muted'} data-testid="file-name">
              {file ? file.name : t('import.noFile')}
            </span>
          </div>
        </div>
        {badType && (
          <p class="alert alert-error" role="alert">
            {t('import.badType')}
          </p>
        )}
        <label class="check">
          <input type="checkbox" name="all_or_nothing" checked={allOrNothing} onChange={(e) => setAllOrNothing(e.currentTarget.checked)} />
          <span>
            {t('import.allOrNothing')}
            <small class="muted block">{t('import.allOrNothingHelp')}</small>
          </span>
        </label>
        <ProblemMessage error={error} />
        <div>
          <button type="submit" class="primary" disabled={busy || !file}>
            {busy ? t('import.uploading') : t('import.upload')}
          </button>
        </div>
      </form>
      {jobId && <JobView key={jobId} id={jobId} />}
    </>
  );
}

function JobView({ id }: { id: string }) {
  const { t, num, pick, dateTime } = useI18n();
  const { zone } = useSession();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    let timer = 0;
    let stopped = false;
    const controller = new AbortController();
    const poll = () => {
      get<ImportJob>(`/imports/${encodeURIComponent(id)}`, undefined, controller.signal).then(
        (next) => {
          if (stopped) return;
          setJob(next);
          setError(undefined);
          if (next.status === 'running') timer = window.setTimeout(poll, POLL_MS);
        },
        (caught: unknown) => {
          if (!stopped) setError(caught);
        },
      );
    };
    poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [id]);

  if (error !== undefined) return <ProblemMessage error={error} />;
  if (!job) return null;
  const total = job.rows_total && job.rows_total > 0 ? job.rows_total : null;
  return (
    <section class="card job" aria-labelledby="job-title" data-status={job.status}>
      <h2 id="job-title">{t('import.job', { name: job.file_name })}</h2>
      <p role="status" class={`status status-${job.status}`}>
        <span data-testid="job-status">{t(`import.status.${job.status}`)}</span>
        {job.message && <span class="job-message"> — {pick(job.message, job.message_en ?? undefined)}</span>}
      </p>
      {job.status === 'running' &&
        (total !== null ? (
          <progress max={total} value={job.rows_processed} aria-label={t('import.progress')} />
        ) : (
          <progress aria-label={t('import.progress')} />
        ))}
      <dl class="stats">
        <div>
          <dt>{t('import.processed')}</dt>
          <dd data-testid="processed">
            {total !== null ? t('import.ofTotal', { done: num(job.rows_processed), total: num(total) }) : num(job.rows_processed)}
          </dd>
        </div>
        <div>
          <dt>{t('import.inserted')}</dt>
          <dd data-testid="inserted">{num(job.inserted)}</dd>
        </div>
        <div>
          <dt>{t('import.updated')}</dt>
          <dd data-testid="updated">{num(job.updated)}</dd>
        </div>
        <div>
          <dt>{t('import.rejected')}</dt>
          <dd data-testid="rejected">{num(job.rejected)}</dd>
        </div>
      </dl>
      <p class="muted small">
        {t('import.started', { at: dateTime(job.created_at, zone) })}
        {job.finished_at ? ` · ${t('import.finished', { at: dateTime(job.finished_at, zone) })}` : ''}
      </p>
      {job.errors.length > 0 && (
        <>
          <h3>{t('import.errors')}</h3>
          {job.rejected > job.errors.length && (
            <p class="muted">{t('import.errorsTruncated', { shown: num(job.errors.length), total: num(job.rejected) })}</p>
          )}
          <table class="list errors">
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {job.errors.map((row, index) => (
                <tr key={`${row.line}-${row.column}-${index}`}>
                  <td data-label={t('import.line')}>{row.line}</td>
                  <td data-label={t('import.column')}>
                    <code>{row.column}</code>
                  </td>
                  <td data-label={t('import.reason')}>{pick(row.reason ?? row.reason_id, row.reason_en)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
