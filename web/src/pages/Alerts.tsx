// Early-warning alerts for pengawas: the review queue (open first, highest
// score first) and one alert with its event, highlighted spans and the
// employee behind the account, to confirm (opening a finding) or dismiss.
// An alert another officer is confirming shows as such until its claim
// finishes or goes stale; the server decides who wins either way.

import { useState } from 'preact/hooks';
import { get, post } from '../api';
import { Fact, Loading, PageTitle, Pager, ProblemMessage, useLoad, useSubmit } from '../components';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { formatNip } from '../nip';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session';
import type { AlertSpan, AlertStatus, MonitoringAlert, Page } from '../types';

const LIMIT = 20;
const STATUSES: (AlertStatus | '')[] = ['open', 'confirming', 'confirmed', 'dismissed', ''];

/** The text with the spans of one field marked; offsets are UTF-8 bytes, JS strings UTF-16. */
export function Highlighted({ text, spans, field }: { text: string; spans: AlertSpan[]; field: AlertSpan['field'] }) {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  const own = spans.filter((span) => span.field === field && span.end <= bytes.length).sort((a, b) => a.begin - b.begin);
  const parts = [];
  let at = 0;
  for (const span of own) {
    if (span.begin < at) continue;
    if (span.begin > at) parts.push(decoder.decode(bytes.subarray(at, span.begin)));
    parts.push(
      <mark key={`${span.begin}-${span.end}`} title={span.kind}>
        {decoder.decode(bytes.subarray(span.begin, span.end))}
      </mark>,
    );
    at = span.end;
  }
  if (at < bytes.length) parts.push(decoder.decode(bytes.subarray(at)));
  return <>{parts}</>;
}

function StatusBadge({ status }: { status: AlertStatus }) {
  const { t } = useI18n();
  return <span class={`badge badge-${status}`}>{t(`alerts.status.${status}` as MessageKey)}</span>;
}

export function Alerts() {
  const { t, num, dateTime } = useI18n();
  const { zone } = useSession();
  const { query } = useLocation();
  const status = (query.get('status') ?? 'open') as AlertStatus | '';
  const offset = Number(query.get('offset') ?? '0') || 0;
  const alerts = useLoad(
    (signal) => get<Page<MonitoringAlert>>('/monitoring/alerts', { status: status || undefined, offset, limit: LIMIT }, signal),
    [status, offset],
  );
  const go = (next: { status?: string; offset?: number }) => {
    const params = new URLSearchParams();
    const s = next.status ?? status;
    params.set('status', s);
    if (next.offset) params.set('offset', String(next.offset));
    navigate(`/peringatan?${params.toString()}`);
  };

  return (
    <>
      <PageTitle title={t('nav.alerts')}>{t('nav.alerts')}</PageTitle>
      <p class="muted">{t('alerts.lead')}</p>
      <div class="tabs" role="group" aria-label={t('alerts.filter')}>
        {STATUSES.map((s) => (
          <button key={s || 'all'} type="button" aria-pressed={s === status} onClick={() => go({ status: s, offset: 0 })}>
            {s ? t(`alerts.status.${s}` as MessageKey) : t('common.all')}
          </button>
        ))}
      </div>
      <ProblemMessage error={alerts.error} />
      {alerts.loading && !alerts.data && <Loading />}
      {alerts.data && alerts.data.items.length === 0 && <p class="muted">{t('alerts.none')}</p>}
      {alerts.data && alerts.data.items.length > 0 && (
        <ul class="alert-list">
          {alerts.data.items.map((alert) => (
            <li key={alert.id} class="card alert-item">
              <p class="alert-head">
                <Link href={`/peringatan/${alert.id}`}>
                  <strong>{alert.employee?.name ?? alert.event.account}</strong>
                </Link>{' '}
                <span class="muted">
                  {alert.event.account} · {alert.event.platform} · {dateTime(alert.event.time, zone)}
                </span>
              </p>
              <p class="event-text">
                {alert.event.text ? (
                  <Highlighted text={alert.event.text} spans={alert.spans} field="text" />
                ) : (
                  <span class="muted">
                    {t(`alerts.kind.${alert.event.kind}` as MessageKey)} → <code>{alert.event.target}</code>
                  </span>
                )}
              </p>
              <p class="small">
                <StatusBadge status={alert.status} /> <code>{alert.code}</code>{' '}
                {alert.candidate !== null && t('alerts.candidate', { number: num(alert.candidate) })} ·{' '}
                {t('alerts.score', { score: num(Math.round(alert.score * 100)) })} · {alert.reason}
              </p>
            </li>
          ))}
        </ul>
      )}
      {alerts.data && <Pager offset={offset} limit={LIMIT} total={alerts.data.total} onChange={(next) => go({ offset: next })} />}
    </>
  );
}

export function AlertDetail({ id }: { id: string }) {
  const { t, num, dateTime } = useI18n();
  const { user, zone } = useSession();
  const alert = useLoad((signal) => get<MonitoringAlert>(`/monitoring/alerts/${encodeURIComponent(id)}`, undefined, signal), [id]);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error: actionError, submit: decide } = useSubmit(
    async (alertId: number, action: 'confirm' | 'dismiss') => {
      await post<MonitoringAlert>(`/monitoring/alerts/${alertId}/${action}`, action === 'confirm' ? { note } : { reason });
      alert.reload();
    },
    // Someone else may have decided or claimed it meanwhile: show what it is now.
    () => alert.reload(),
  );

  if (alert.loading && !alert.data) return <Loading />;
  if (!alert.data) {
    return (
      <>
        <PageTitle title={t('nav.alerts')}>{t('nav.alerts')}</PageTitle>
        <ProblemMessage error={alert.error} />
      </>
    );
  }
  const a = alert.data;
  const title = t('alerts.title', { id: num(a.id) });
  // The server re-checks staleness; this only decides whether to offer the forms.
  const claimStale = a.status === 'confirming' && a.claim_expires_at !== null && Date.parse(a.claim_expires_at) <= Date.now();
  const decidable = a.status === 'open' || claimStale;
  return (
    <>
      <p class="breadcrumb">
        <Link href="/peringatan">{t('nav.alerts')}</Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      <section class="card">
        <h2>{t('alerts.event')}</h2>
        <blockquote class="event-text" data-testid="event-text">
          {a.event.text ? <Highlighted text={a.event.text} spans={a.spans} field="text" /> : <span class="muted">{t(`alerts.kind.${a.event.kind}` as MessageKey)}</span>}
        </blockquote>
        {a.event.shared_text && (
          <blockquote class="event-text shared">
            <Highlighted text={a.event.shared_text} spans={a.spans} field="shared_text" />
          </blockquote>
        )}
        <dl class="facts">
          <Fact label="alerts.account">
            {a.event.account} ({a.event.platform})
          </Fact>
          <Fact label="alerts.time">{dateTime(a.event.time, zone)}</Fact>
          {a.event.target && (
            <Fact label="alerts.target">
              <code>{a.event.target}</code>
            </Fact>
          )}
          <Fact label="alerts.code">
            <code>{a.code}</code>
          </Fact>
          {a.candidate !== null && <Fact label="alerts.candidateLabel">{t('alerts.candidate', { number: num(a.candidate) })}</Fact>}
          <Fact label="alerts.scoreLabel">{num(Math.round(a.score * 100))}%</Fact>
          <Fact label="alerts.reason">{a.reason}</Fact>
          <Fact label="alerts.statusLabel">
            <StatusBadge status={a.status} />
          </Fact>
        </dl>
      </section>
      <section class="card">
        <h2>{t('alerts.employee')}</h2>
        {a.employee ? (
          <dl class="facts">
            <Fact label="employee.nip">{a.employee.nip ? <code class="nip">{formatNip(a.employee.nip)}</code> : '—'}</Fact>
            <Fact label="alerts.employeeName">
              <Link href={`/pegawai/${a.employee.id}`}>{a.employee.name}</Link>
            </Fact>
            <Fact label="employee.positionTitle">{a.employee.position_title || t(`position.${a.employee.position}` as MessageKey)}</Fact>
            <Fact label="filter.agency">{a.employee.agency_name}</Fact>
          </dl>
        ) : (
          <p class="muted">{a.unlinked ? t('alerts.unlinked') : t('alerts.nipUnknown', { nip: a.nip ?? '' })}</p>
        )}
      </section>
      <ProblemMessage error={actionError} />
      {a.status === 'confirming' && (
        <section class="card" role="status" data-testid="confirming">
          <h2>{t('alerts.decide')}</h2>
          <p>
            <StatusBadge status={a.status} />{' '}
            {claimStale ? t('alerts.claimExpired') : t('alerts.confirming')}
          </p>
          {!claimStale && a.claim_expires_at && <p class="small muted">{t('alerts.claimExpires', { time: dateTime(a.claim_expires_at, zone) })}</p>}
          <button type="button" onClick={() => alert.reload()}>
            {t('alerts.reload')}
          </button>
        </section>
      )}
      {decidable && user.role === 'pengawas' && (
        <section class="card decide">
          <h2>{t('alerts.decide')}</h2>
          <form onSubmit={(event) => decide(event, a.id, 'confirm')}>
            <label for="note">{t('alerts.note')}</label>
            <textarea id="note" maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            <button type="submit" class="primary" disabled={busy}>
              {t('alerts.confirm')}
            </button>
          </form>
          <form onSubmit={(event) => decide(event, a.id, 'dismiss')}>
            <label for="reason">{t('alerts.dismissReason')}</label>
            <textarea id="reason" required maxLength={2000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
            <button type="submit" disabled={busy}>
              {t('alerts.dismiss')}
            </button>
          </form>
        </section>
      )}
      {(a.status === 'confirmed' || a.status === 'dismissed') && (
        <section class="card" role="status">
          <h2>{t('alerts.decision')}</h2>
          <p>
            <StatusBadge status={a.status} /> {a.decided_at && dateTime(a.decided_at, zone)}
          </p>
          {a.decision_reason && <p>{a.decision_reason}</p>}
          {a.finding_id !== null && <p data-testid="finding">{t('alerts.findingOpened', { id: num(a.finding_id) })}</p>}
          {a.evidence_sha256 && (
            <p class="small">
              {t('alerts.evidence')} <code class="hash">{a.evidence_sha256}</code>
            </p>
          )}
        </section>
      )}
    </>
  );
}
