// Pieces of a case shared by the case page and the PPK page: the facts, the
// timeline, the move forms built from the API's next_moves, and the slot for the
// sanction rules' proposal.

import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { post } from './api';
import { Fact, ProblemMessage } from './components';
import { fieldKind, statusClass } from './enforcement';
import { useI18n } from './i18n';
import { Link } from './router';
import type { CaseDetail, CaseStep, CaseSummary, NextMove, SanctionProposal } from './types';

export function CaseHeader({ data, zone }: { data: CaseSummary; zone: string }) {
  const { t, tOr, dateTime } = useI18n();
  return (
    <div class="case-head">
      <span class={statusClass(data.status)} data-testid="case-status">
        {tOr(`status.${data.status}`, data.status)}
      </span>
      {data.deadline_at && (
        <span class={data.overdue ? 'deadline overdue' : 'deadline'} data-testid="case-deadline">
          {t('case.deadlineAt', { at: dateTime(data.deadline_at, zone) })}
          {data.deadline_rule && <span class="tag">{data.deadline_rule}</span>}
          {data.overdue && <strong> · {t('cases.overdue')}</strong>}
        </span>
      )}
      {data.escalation !== 'none' && <span class="tag tag-off">{t(`escalation.${data.escalation}`)}</span>}
      {data.late && <span class="tag tag-off">{t('case.late')}</span>}
    </div>
  );
}

export function CaseFacts({ data, zone, regionName }: { data: CaseSummary; zone: string; regionName: string | undefined }) {
  const { t, date, dateTime } = useI18n();
  return (
    <dl class="facts card">
      <Fact label="case.summary">{data.summary}</Fact>
      <Fact label="case.subject">
        {data.subject.employee_id ? <Link href={`/pegawai/${data.subject.employee_id}`}>{data.subject.name}</Link> : data.subject.name}
        {data.subject.agency && <span class="block muted">{data.subject.agency}</span>}
        {data.subject.nip && <code class="block">{data.subject.nip}</code>}
      </Fact>
      <Fact label="case.origin">{t(data.origin === 'finding' ? 'case.originFinding' : 'case.originReport')}</Fact>
      <Fact label="case.region">
        {regionName ?? data.region_code} <code>{data.region_code}</code>
      </Fact>
      <Fact label="case.election">{t(`election.${data.election_kind}`)}</Fact>
      <Fact label="case.actDate">{date(data.act_date)}</Fact>
      <Fact label="case.actPlace">{data.act_place}</Fact>
      <Fact label="case.violations">{(data.violation_codes ?? []).join(', ') || '—'}</Fact>
      <Fact label="case.received">{dateTime(data.received_at, zone)}</Fact>
    </dl>
  );
}

export function FieldValues({ fields }: { fields: Record<string, string> | null }) {
  const { tOr, date } = useI18n();
  const entries = Object.entries(fields ?? {});
  if (entries.length === 0) return null;
  return (
    <dl class="step-fields">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{tOr(`field.${name}`, name)}</dt>
          <dd>{fieldKind(name) === 'date' ? date(value) : value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Timeline({ history, receivedAt, zone }: { history: CaseStep[]; receivedAt: string; zone: string }) {
  const { t, tOr, dateTime } = useI18n();
  return (
    <ol class="timeline staff" data-testid="case-timeline">
      <li>
        <strong>{tOr('status.RECEIVED', 'RECEIVED')}</strong>
        <span class="muted small block">{dateTime(receivedAt, zone)}</span>
      </li>
      {history.map((step, index) => (
        <li key={index} class={index === history.length - 1 ? 'current' : ''}>
          <strong>{tOr(`status.${step.to}`, step.to)}</strong>
          <span class="muted small block">
            {t('case.stepBy', { at: dateTime(step.at, zone), actor: step.actor, role: tOr(`role.${step.actor_role}`, step.actor_role) })}
          </span>
          <FieldValues fields={step.fields} />
          {step.reason && (
            <p class="small">
              <span class="muted">{t('case.reason')}:</span> {step.reason}
            </p>
          )}
          {step.documents && step.documents.length > 0 && (
            <p class="small docs">
              <span class="muted">{t('case.documents')}:</span> {step.documents.join('; ')}
            </p>
          )}
          {step.deadline_at && (
            <p class="small muted">
              {t('case.stepDeadline', { at: dateTime(step.deadline_at, zone), rule: step.deadline_rule ?? '' })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The form for one move the caller may make: the move's required fields, an optional note, and the documents it will produce. */
export function MoveForm({ caseId, move, onMoved }: { caseId: number; move: NextMove; onMoved: (moved: CaseSummary) => void }) {
  const { t, tOr } = useI18n();
  const [values, setValues] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const submit = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const fields: Record<string, string> = {};
      for (const name of move.required_fields) fields[name] = (values[name] ?? '').trim();
      onMoved(await post<CaseSummary>(`/cases/${caseId}/transitions`, { to: move.to, fields, reason: reason.trim() }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const label = tOr(`move.${move.to}`, tOr(`status.${move.to}`, move.to));
  return (
    <details class="card move" data-move={move.to}>
      <summary>{label}</summary>
      <form class="stack" onSubmit={submit}>
        <p class="muted small">{t('case.moveTo', { status: tOr(`status.${move.to}`, move.to) })}</p>
        {move.required_fields.map((name) => {
          const kind = fieldKind(name);
          const text = tOr(`field.${name}`, name);
          const hint = tOr(`fieldHint.${name}`, '');
          const onInput = (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            setValues((v) => ({ ...v, [name]: e.currentTarget.value }));
          return (
            <label class="field" key={name}>
              <span>{text}</span>
              {kind === 'long' ? (
                <textarea name={name} required rows={3} maxLength={5000} value={values[name] ?? ''} onInput={onInput} />
              ) : (
                <input name={name} type={kind === 'date' ? 'date' : 'text'} required maxLength={5000} value={values[name] ?? ''} onInput={onInput} />
              )}
              {hint && <small class="muted">{hint}</small>}
            </label>
          );
        })}
        <label class="field">
          <span>{t('case.note')}</span>
          <textarea name="note" rows={2} maxLength={5000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        {move.documents.length > 0 && (
          <p class="small">
            <span class="muted">{t('case.producesDocuments')}</span> {move.documents.join('; ')}
          </p>
        )}
        <ProblemMessage error={error} />
        <button type="submit" class="primary" disabled={busy}>
          {t('case.doMove', { label })}
        </button>
      </form>
    </details>
  );
}

export function Moves({ data, onMoved }: { data: CaseDetail; onMoved: (moved: CaseSummary) => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="moves-title">
      <h2 id="moves-title">{t('case.moves')}</h2>
      {data.next_moves.length === 0 ? (
        <p class="muted">{t('case.noMoves')}</p>
      ) : (
        <div class="stack">
          {data.next_moves.map((move) => (
            <MoveForm key={`${data.status}-${move.to}`} caseId={data.id} move={move} onMoved={onMoved} />
          ))}
        </div>
      )}
    </section>
  );
}

/** The sanction rules' proposal, shown only when the API sends one (it does not compute one yet). */
export function SanctionProposalView({ proposal }: { proposal: SanctionProposal | null | undefined }) {
  const { t } = useI18n();
  if (!proposal) return null;
  return (
    <section class="card proposal" aria-labelledby="proposal-title">
      <h2 id="proposal-title">{t('case.proposal')}</h2>
      <dl class="facts">
        {proposal.track && <Fact label="proposal.track">{proposal.track}</Fact>}
        {proposal.level && <Fact label="proposal.level">{proposal.level}</Fact>}
        {proposal.summary && <Fact label="proposal.summary">{proposal.summary}</Fact>}
        {proposal.legal_basis && <Fact label="proposal.legalBasis">{proposal.legal_basis}</Fact>}
      </dl>
    </section>
  );
}
