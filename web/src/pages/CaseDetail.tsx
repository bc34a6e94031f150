// Case page (/kasus/:id): summary, reports (identity sealed), timeline, the
// caller's moves, hearings, evidence, questions to the reporter and, for
// auditors, the case's audit trail.

import { useState } from 'preact/hooks';
import { get, post, upload } from '../api';
import { ConflictWarning, HandlingOfficerPanel } from '../caseHandling';
import { CaseFacts, CaseHeader, Moves, SanctionProposalView, Timeline } from '../caseParts';
import { Loading, PageTitle, ProblemMessage, useLoad, useSubmit } from '../components';
import { FilePicker, FileStates, uploadAll } from '../evidence';
import type { FileState } from '../evidence';
import { formatBytes, zonedToUnix } from '../enforcement';
import { useI18n } from '../i18n';
import { useRegionInfo } from '../regionNames';
import { Link } from '../router';
import { canOpen, useSession } from '../session';
import type { AuditEntry, CaseDetail as Detail, CaseQuestion, CaseReport, Hearing, Page, ReporterIdentity } from '../types';

const OPEN_AFTER_RECEIVED = (status: string) => status !== 'RECEIVED' && status !== 'CLOSED';

export function CaseDetail({ id }: { id: string }) {
  const { t, tOr } = useI18n();
  const { user } = useSession();
  const data = useLoad((signal) => get<Detail>(`/cases/${encodeURIComponent(id)}`, undefined, signal), [id]);
  const [notice, setNotice] = useState<string | null>(null);
  const regions = useRegionInfo(data.data ? [data.data.region_code] : []);

  if (data.loading && !data.data) return <Loading />;
  if (!data.data) {
    return (
      <>
        <PageTitle title={t('nav.cases')}>{t('nav.cases')}</PageTitle>
        <ProblemMessage error={data.error} />
      </>
    );
  }
  const c = data.data;
  const info = regions[c.region_code];
  const zone = info?.zone ?? 'WIB';
  const pengawas = user.role === 'pengawas';
  // Auditors and administrators never move a case (src/domain/case_workflow.cc).
  const movesCases = pengawas || user.role === 'penilai' || user.role === 'ppk';

  return (
    <>
      <p class="breadcrumb">
        <Link href="/kasus">{t('nav.cases')}</Link>
      </p>
      <PageTitle title={c.number}>
        {c.number} · {c.subject.name}
      </PageTitle>
      <CaseHeader data={c} zone={zone} />
      <ConflictWarning data={c} />
      {notice && (
        <p class="alert alert-ok" role="status" data-testid="case-notice">
          {notice}
        </p>
      )}
      <CaseFacts data={c} zone={zone} regionName={info?.name} />
      <SanctionProposalView proposal={c.sanction_proposal} />
      <HandlingOfficerPanel data={c} canHandle={pengawas} zone={zone} onChanged={data.reload} />

      {movesCases && (
        <Moves
          data={c}
        onMoved={(moved) => {
          setNotice(t('case.moved', { status: tOr(`status.${moved.status}`, moved.status) }));
            data.reload();
          }}
        />
      )}

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('case.timeline')}</h2>
        <Timeline history={c.history} receivedAt={c.received_at} zone={zone} files={c.documents} />
      </section>

      {c.reports.length > 0 && (
        <section aria-labelledby="reports-title">
          <h2 id="reports-title">{t('case.reports', { count: c.reports.length })}</h2>
          {c.reports.map((report) => (
            <ReportCard
              key={report.id}
              caseId={c.id}
              report={report}
              zone={zone}
              questions={c.questions.filter((q) => q.report_id === report.id)}
              canAct={pengawas && c.status !== 'CLOSED'}
              onChanged={data.reload}
            />
          ))}
        </section>
      )}

      <section aria-labelledby="hearings-title">
        <h2 id="hearings-title">{t('case.hearings')}</h2>
        {c.hearings.length === 0 && <p class="muted">{t('case.noHearings')}</p>}
        {c.hearings.map((hearing) => (
          <HearingCard key={hearing.id} hearing={hearing} zone={zone} />
        ))}
        {pengawas && OPEN_AFTER_RECEIVED(c.status) && <HearingForm caseId={c.id} zone={zone} onRecorded={data.reload} />}
      </section>

      <section aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t('case.evidence')}</h2>
        <EvidenceList detail={c} zone={zone} original={pengawas} />
        {pengawas && c.status !== 'CLOSED' && <EvidenceUpload caseId={c.id} hearings={c.hearings} zone={zone} onUploaded={data.reload} />}
      </section>

      {canOpen(user.role, 'audit') && <AuditTrail caseId={c.id} zone={zone} />}
    </>
  );
}

function ReportCard({
  caseId,
  report,
  zone,
  questions,
  canAct,
  onChanged,
}: {
  caseId: number;
  report: CaseReport;
  zone: string;
  questions: CaseQuestion[];
  canAct: boolean;
  onChanged: () => void;
}) {
  const { t, date, dateTime } = useI18n();
  return (
    <article class="card stack report" data-report={report.id}>
      <p class="muted small">
        {t('case.reportReceived', { at: dateTime(report.received_at, zone) })} ·{' '}
        {report.anonymous ? t('case.anonymous') : t('case.identified')}
        {report.late ? ` · ${t('case.late')}` : ''}
      </p>
      <p class="description">{report.description}</p>
      <dl class="facts">
        <div class="fact">
          <dt>{t('case.subject')}</dt>
          <dd>
            {report.subject_name}
            {report.subject_agency && ` · ${report.subject_agency}`}
            {report.subject_nip && <code class="block">{report.subject_nip}</code>}
          </dd>
        </div>
        <div class="fact">
          <dt>{t('case.actDate')}</dt>
          <dd>
            {date(report.act_date)} ({t('case.knownDate', { date: date(report.known_date) })})
          </dd>
        </div>
        <div class="fact">
          <dt>{t('case.actPlace')}</dt>
          <dd>{report.act_place}</dd>
        </div>
        <div class="fact">
          <dt>{t('case.witnesses')}</dt>
          <dd>
            {(report.witnesses ?? []).length === 0
              ? '—'
              : (report.witnesses ?? []).map((w, i) => (
                  <span class="block" key={i}>
                    {w.name}
                    {w.contact && ` (${w.contact})`}
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      {!report.anonymous && canAct && <IdentityOpener caseId={caseId} reportId={report.id} />}
      <h3>{t('case.questions')}</h3>
      {questions.length === 0 && <p class="muted small">{t('case.noQuestions')}</p>}
      <ul class="questions">
        {questions.map((q) => (
          <li key={q.id}>
            <p>
              <span class="muted small block">{dateTime(q.asked_at, zone)}</span>
              {q.question}
            </p>
            <p class={q.answer === null ? 'muted small' : 'answer'}>
              {q.answer === null ? t('case.notAnswered') : q.answer}
            </p>
          </li>
        ))}
      </ul>
      {canAct && <AskForm caseId={caseId} reportId={report.id} onAsked={onChanged} />}
    </article>
  );
}

function IdentityOpener({ caseId, reportId }: { caseId: number; reportId: number }) {
  const { t } = useI18n();
  const [purpose, setPurpose] = useState('');
  const [identity, setIdentity] = useState<ReporterIdentity | null>(null);
  const { busy, error, submit } = useSubmit(async () => {
    setIdentity(await post<ReporterIdentity>(`/cases/${caseId}/reports/${reportId}/identity`, { purpose: purpose.trim() }));
  });
  if (identity) {
    return (
      <div class="card sealed open" data-testid="identity">
        <p class="small muted">{t('case.identityShown')}</p>
        <dl class="facts">
          <div class="fact">
            <dt>{t('report.reporterName')}</dt>
            <dd>{identity.name}</dd>
          </div>
          <div class="fact">
            <dt>{t('report.nik')}</dt>
            <dd>
              <code>{identity.nik}</code>
            </dd>
          </div>
          <div class="fact">
            <dt>{t('report.address')}</dt>
            <dd>{identity.address}</dd>
          </div>
          <div class="fact">
            <dt>{t('report.phone')}</dt>
            <dd>{identity.phone}</dd>
          </div>
        </dl>
        <button type="button" onClick={() => setIdentity(null)}>
          {t('case.identityHide')}
        </button>
      </div>
    );
  }
  return (
    <details class="sealed">
      <summary>{t('case.identitySealed')}</summary>
      <form class="stack" onSubmit={submit}>
        <p class="alert alert-warn">{t('case.identityWarning')}</p>
        <label class="field">
          <span>{t('case.identityPurpose')}</span>
          <textarea required rows={2} maxLength={1000} value={purpose} onInput={(e) => setPurpose(e.currentTarget.value)} />
        </label>
        <ProblemMessage error={error} />
        <button type="submit" disabled={busy}>
          {t('case.identityOpen')}
        </button>
      </form>
    </details>
  );
}

function AskForm({ caseId, reportId, onAsked }: { caseId: number; reportId: number; onAsked: () => void }) {
  const { t } = useI18n();
  const [question, setQuestion] = useState('');
  const { busy, error, submit } = useSubmit(async () => {
    await post<CaseQuestion>(`/cases/${caseId}/questions`, { report_id: reportId, question: question.trim() });
    setQuestion('');
    onAsked();
  });
  return (
    <form class="stack" onSubmit={submit}>
      <label class="field">
        <span>{t('case.ask')}</span>
        <textarea required rows={2} maxLength={5000} value={question} onInput={(e) => setQuestion(e.currentTarget.value)} />
        <small class="muted">{t('case.askHelp')}</small>
      </label>
      <ProblemMessage error={error} />
      <button type="submit" disabled={busy}>
        {t('case.askSend')}
      </button>
    </form>
  );
}

function HearingCard({ hearing, zone }: { hearing: Hearing; zone: string }) {
  const { t, tOr, dateTime } = useI18n();
  return (
    <article class="card stack hearing">
      <p>
        <strong>{dateTime(hearing.held_at, zone)}</strong> · {hearing.place}
      </p>
      <ul class="heard">
        {(hearing.heard ?? []).map((p, i) => (
          <li key={i}>
            <strong>{p.name}</strong> <span class="tag">{tOr(`capacity.${p.capacity}`, p.capacity)}</span>
            <span class="block">{p.statement}</span>
          </li>
        ))}
      </ul>
      <p class="muted small">{t('case.recordedAt', { at: dateTime(hearing.recorded_at, zone) })}</p>
    </article>
  );
}

const CAPACITIES = ['pelapor', 'terlapor', 'saksi', 'ahli'] as const;

function HearingForm({ caseId, zone, onRecorded }: { caseId: number; zone: string; onRecorded: () => void }) {
  const { t } = useI18n();
  const [heldAt, setHeldAt] = useState('');
  const [place, setPlace] = useState('');
  const [heard, setHeard] = useState([{ name: '', capacity: 'terlapor', statement: '' }]);
  const setPerson = (index: number, key: 'name' | 'capacity' | 'statement', value: string) =>
    setHeard((list) => list.map((p, i) => (i === index ? { ...p, [key]: value } : p)));
  const { busy, error, submit } = useSubmit(async () => {
    await post<Hearing>(`/cases/${caseId}/hearings`, {
      held_at: zonedToUnix(heldAt, zone),
      place: place.trim(),
      heard: heard.map((p) => ({ name: p.name.trim(), capacity: p.capacity, statement: p.statement.trim() })),
    });
    setHeldAt('');
    setPlace('');
    setHeard([{ name: '', capacity: 'terlapor', statement: '' }]);
    onRecorded();
  });
  return (
    <details class="card">
      <summary>{t('case.hearingAdd')}</summary>
      <form class="stack" onSubmit={submit}>
        <label class="field">
          <span>{t('case.hearingAt', { zone })}</span>
          <input name="held_at" type="datetime-local" required value={heldAt} onInput={(e) => setHeldAt(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('case.hearingPlace')}</span>
          <input name="place" required maxLength={500} value={place} onInput={(e) => setPlace(e.currentTarget.value)} />
        </label>
        {heard.map((person, index) => (
          <fieldset class="stack heard-person" key={index}>
            <legend>{t('case.heardPerson', { n: index + 1 })}</legend>
            <label class="field">
              <span>{t('case.heardName')}</span>
              <input required maxLength={200} value={person.name} onInput={(e) => setPerson(index, 'name', e.currentTarget.value)} />
            </label>
            <label class="field">
              <span>{t('case.heardCapacity')}</span>
              <select value={person.capacity} onChange={(e) => setPerson(index, 'capacity', e.currentTarget.value)}>
                {CAPACITIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`capacity.${c}`)}
                  </option>
                ))}
              </select>
            </label>
            <label class="field">
              <span>{t('case.heardStatement')}</span>
              <textarea required rows={3} maxLength={10000} value={person.statement} onInput={(e) => setPerson(index, 'statement', e.currentTarget.value)} />
            </label>
            {heard.length > 1 && (
              <button type="button" class="small-button" onClick={() => setHeard(heard.filter((_, i) => i !== index))}>
                {t('case.heardRemove', { n: index + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        {heard.length < 30 && (
          <button type="button" onClick={() => setHeard([...heard, { name: '', capacity: 'saksi', statement: '' }])}>
            {t('case.heardAdd')}
          </button>
        )}
        <ProblemMessage error={error} />
        <button type="submit" class="primary" disabled={busy}>
          {t('case.hearingSave')}
        </button>
      </form>
    </details>
  );
}

function EvidenceList({ detail, zone, original }: { detail: Detail; zone: string; original: boolean }) {
  const { t, num, dateTime } = useI18n();
  if (detail.evidence.length === 0) return <p class="muted">{t('case.noEvidence')}</p>;
  return (
    <ul class="evidence-list">
      {detail.evidence.map((e) => (
        <li key={e.id} class="card">
          <a href={`/api/v1/cases/${detail.id}/evidence/${e.id}`} download={e.file_name}>
            {e.file_name}
          </a>{' '}
          <span class="muted small">
            {e.media_type} · {formatBytes(e.size, num)} · {dateTime(e.uploaded_at, zone)}
            {e.report_id !== null ? ` · ${t('case.fromReporter')}` : ''}
          </span>
          {original && (
            <a class="small block" href={`/api/v1/cases/${detail.id}/evidence/${e.id}?original=true`} download={e.file_name}>
              {t('case.evidenceOriginal')}
            </a>
          )}
          <code class="small block hash" title="SHA-256">
            {e.sha256}
          </code>
        </li>
      ))}
      <li class="muted small">{t('case.evidenceStripped')}</li>
    </ul>
  );
}

function EvidenceUpload({ caseId, hearings, zone, onUploaded }: { caseId: number; hearings: Hearing[]; zone: string; onUploaded: () => void }) {
  const { t, dateTime } = useI18n();
  const [files, setFiles] = useState<FileState[]>([]);
  const [hearingId, setHearingId] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    const result = await uploadAll(files, (file) => upload(`/cases/${caseId}/evidence`, file, { file_name: file.name, hearing_id: hearingId }), setFiles);
    setBusy(false);
    if (result.some((f) => f.state === 'done')) onUploaded();
  };
  return (
    <details class="card">
      <summary>{t('case.evidenceAdd')}</summary>
      <div class="stack">
        {hearings.length > 0 && (
          <label class="field">
            <span>{t('case.evidenceHearing')}</span>
            <select value={hearingId} onChange={(e) => setHearingId(e.currentTarget.value)}>
              <option value="">{t('case.evidenceNoHearing')}</option>
              {hearings.map((h) => (
                <option key={h.id} value={String(h.id)}>
                  {dateTime(h.held_at, zone)} · {h.place}
                </option>
              ))}
            </select>
          </label>
        )}
        <FilePicker id="case-files" onPick={(picked) => setFiles((current) => [...current, ...picked.map((file) => ({ file, state: 'waiting' as const }))])} />
        <FileStates items={files} onRemove={(index) => setFiles(files.filter((_, i) => i !== index))} />
        <button type="button" class="primary" disabled={busy || !files.some((f) => f.state !== 'done')} onClick={() => void send()}>
          {t('case.evidenceSend')}
        </button>
      </div>
    </details>
  );
}

function AuditTrail({ caseId, zone }: { caseId: number; zone: string }) {
  const { t, dateTime } = useI18n();
  const audit = useLoad((signal) => get<Page<AuditEntry>>('/audit', { case_id: caseId, limit: 200 }, signal), [caseId]);
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t('case.audit')}</h2>
      <ProblemMessage error={audit.error} />
      {audit.loading && !audit.data && <Loading />}
      {audit.data && (
        <table class="list audit">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {audit.data.items.map((entry) => (
              <tr key={entry.seq}>
                <td data-label="#">{entry.seq}</td>
                <td data-label={t('audit.at')}>
                  <span>{dateTime(entry.at, zone)}</span>
                </td>
                <td data-label={t('audit.actor')}>
                  <span>{entry.actor}</span>
                </td>
                <td data-label={t('audit.action')}>
                  <code>{entry.action}</code>
                </td>
                <td data-label={t('audit.detail')}>
                  <code class="small detail">{JSON.stringify(entry.detail)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
