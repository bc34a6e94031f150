// A case's conflicts of interest and handling officer (issue 4 point 7): the
// warning box naming each conflict and where the case goes instead, why the
// caller may not act, and the officer with its handovers (take over, hand to
// a colleague) for pengawas.

import { useState } from 'preact/hooks';
import { get, post } from './api';
import { ProblemMessage, useLoad, useSubmit } from './components';
import { useI18n } from './i18n';
import { useSession } from './session';
import type { CaseDetail, HandlingOfficer, OfficerOption } from './types';

export function ConflictWarning({ data }: { data: CaseDetail }) {
  const { t, pick } = useI18n();
  const conflicts = data.conflicts ?? [];
  // The server's blocked.detail repeats the conflict for API clients; the page
  // lists the conflicts above and says only what to do.
  if (conflicts.length === 0 && !data.blocked) return null;
  return (
    <section class="alert alert-warn conflict-box" role="alert" aria-labelledby="conflict-title" data-testid="case-conflicts">
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      {conflicts.length > 0 && (
        <ul class="conflict-list">
          {conflicts.map((c) => (
            <li key={c.kind} data-kind={c.kind}>
              <p>{pick(c.explanation, c.explanation_en)}</p>
              <p class="small">
                <strong>
                  {t(c.kind.startsWith('ppk_') ? 'conflict.goesTo' : c.escalation.kind === 'another_officer' ? 'conflict.handOver' : 'conflict.handledBy')}
                </strong>{' '}
                {pick(c.escalation.target, c.escalation.target_en)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {data.blocked && (
        <p class="conflict-blocked" data-testid="case-blocked">
          <strong>{t('conflict.youCannot')}</strong>{' '}
          {data.blocked.reason === 'officer_conflict' ? t('conflict.officerHint') : t('conflict.ppkHint')}
        </p>
      )}
    </section>
  );
}

function OfficerName({ officer }: { officer: HandlingOfficer }) {
  return (
    <>
      {officer.display_name} <span class="muted">({officer.username})</span>
      {officer.agency_name && <span class="muted small block">{officer.agency_name}</span>}
    </>
  );
}

export function HandlingOfficerPanel({
  data,
  canHandle,
  zone,
  onChanged,
}: {
  data: CaseDetail;
  canHandle: boolean;
  zone: string;
  onChanged: () => void;
}) {
  const { t, dateTime } = useI18n();
  const officer = data.handling_officer ?? null;
  const history = data.handler_history ?? [];
  return (
    <section aria-labelledby="officer-title" data-testid="case-officer">
      <h2 id="officer-title">{t('officer.title')}</h2>
      {officer ? (
        <p data-testid="officer-current">
          <OfficerName officer={officer} />
          {officer.since && (
            <span class="muted small block">
              {t(`officer.how.${officer.how ?? 'assigned'}` as 'officer.how.assigned', { at: dateTime(officer.since, zone) })}
            </span>
          )}
        </p>
      ) : (
        <p class="muted">{t('officer.none')}</p>
      )}
      {history.length > 1 && (
        <details>
          <summary>{t('officer.history', { count: history.length })}</summary>
          <ol class="small">
            {history.map((h, i) => (
              <li key={i}>
                {h.display_name} · {h.since && dateTime(h.since, zone)}
                {h.reason && ` · ${h.reason}`}
              </li>
            ))}
          </ol>
        </details>
      )}
      {canHandle && data.status !== 'CLOSED' && <Handover key={officer?.user_id ?? 0} caseId={data.id} officerId={officer?.user_id ?? null} onChanged={onChanged} />}
    </section>
  );
}

function Handover({ caseId, officerId, onChanged }: { caseId: number; officerId: number | null; onChanged: () => void }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const hasOfficer = officerId !== null;
  // The current officer hands over; anyone else may also take the case.
  const mine = officerId === user.id;
  const options = useLoad((signal) => get<{ items: OfficerOption[] }>(`/cases/${caseId}/officers`, undefined, signal), [caseId]);
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, submit } = useSubmit(async () => {
    await post(`/cases/${caseId}/handler`, { user_id: chosen === '' ? null : Number(chosen), reason });
    setReason('');
    setTarget('');
    onChanged();
  });
  const items = (options.data?.items ?? []).filter((o) => !o.current);
  const chosen = mine && target === '' && items.length > 0 ? String(items.find((o) => o.conflicts.length === 0)?.user_id ?? '') : target;
  return (
    <details class="card">
      <summary>{t(mine ? 'officer.handOverTitle' : 'officer.changeTitle')}</summary>
    <form class="stack" onSubmit={submit} data-testid="handover-form">
      <label>
        {t('officer.assignTo')}
        <select value={chosen} onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}>
          {!mine && <option value="">{t('officer.myself')}</option>}
          {items.map((o) => (
              <option key={o.user_id} value={String(o.user_id)} disabled={o.conflicts.length > 0}>
                {o.display_name} ({o.username}){o.agency_name ? ` · ${o.agency_name}` : ''}
                {o.conflicts.length > 0 ? ` — ${pick(o.conflicts[0].explanation, o.conflicts[0].explanation_en)}` : ''}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t(hasOfficer ? 'officer.reasonRequired' : 'officer.reason')}
        <input value={reason} maxLength={1000} required={hasOfficer} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
      </label>
      <ProblemMessage error={error} />
      <p>
        <button type="submit" disabled={busy || (mine && chosen === '')}>
          {t(chosen === '' ? 'officer.takeOver' : 'officer.assign')}
        </button>
      </p>
    </form>
    </details>
  );
}
