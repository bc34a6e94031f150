// A pengawas records a finding (temuan) at /kasus/temuan-baru: the case opens in
// RECEIVED as TM-…, then follows the same workflow as a report.

import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../api';
import { PageTitle, ProblemMessage, useSubmit } from '../components';
import { todayIn } from '../enforcement';
import { useI18n } from '../i18n';
import { RegionPicker } from '../RegionPicker';
import { navigate } from '../router';
import { useSession } from '../session';
import type { CaseSummary, ElectionKind, Employee, Page } from '../types';

export function Finding() {
  const { t } = useI18n();
  const { user, zone } = useSession();
  const [region, setRegion] = useState(user.region_code.split('.').length >= 2 ? user.region_code : '');
  const [kind, setKind] = useState<ElectionKind>('pilkada');
  const [employee, setEmployee] = useState<Employee | null>(null);
  const [name, setName] = useState('');
  const [agency, setAgency] = useState('');
  const [summary, setSummary] = useState('');
  const [actDate, setActDate] = useState('');
  const [place, setPlace] = useState('');
  const [codes, setCodes] = useState('');

  const { busy, error, submit } = useSubmit(async () => {
    const created = await post<CaseSummary>('/findings', {
      region_code: region,
      election_kind: kind,
      ...(employee ? { subject_employee_id: employee.id } : { subject_name: name.trim(), subject_agency: agency.trim() }),
      summary: summary.trim(),
      act_date: actDate,
      act_place: place.trim(),
      violation_codes: codes.trim(),
    });
    navigate(`/kasus/${created.id}`);
  });

  return (
    <>
      <PageTitle title={t('finding.title')}>{t('finding.title')}</PageTitle>
      <p class="lead">{t('finding.lead')}</p>
      <form class="card grid-form" onSubmit={submit}>
        <div class="field">
          <label for="finding-region">{t('finding.region')}</label>
          <RegionPicker id="finding-region" value={region} onChange={setRegion} />
          <small class="muted">{t('finding.regionHelp')}</small>
        </div>
        <label class="field">
          <span>{t('report.electionKind')}</span>
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as ElectionKind)}>
            <option value="pilkada">{t('election.pilkada')}</option>
            <option value="pemilu">{t('election.pemilu')}</option>
          </select>
        </label>
        <div class="full">
          <EmployeeSearch region={region} chosen={employee} onChoose={setEmployee} />
        </div>
        {!employee && (
          <>
            <label class="field">
              <span>{t('report.subjectName')}</span>
              <input name="subject_name" required maxLength={200} value={name} onInput={(e) => setName(e.currentTarget.value)} />
            </label>
            <label class="field">
              <span>{t('report.subjectAgency')}</span>
              <input name="subject_agency" maxLength={200} value={agency} onInput={(e) => setAgency(e.currentTarget.value)} />
            </label>
          </>
        )}
        <label class="field full">
          <span>{t('finding.summary')}</span>
          <textarea name="summary" required rows={5} maxLength={10000} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('report.actDate')}</span>
          <input name="act_date" type="date" required max={todayIn(zone)} value={actDate} onInput={(e) => setActDate(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('report.actPlace')}</span>
          <input name="act_place" required maxLength={500} value={place} onInput={(e) => setPlace(e.currentTarget.value)} />
        </label>
        <label class="field full">
          <span>{t('field.violation_codes')}</span>
          <input name="violation_codes" maxLength={1000} value={codes} onInput={(e) => setCodes(e.currentTarget.value)} />
          <small class="muted">{t('fieldHint.violation_codes')}</small>
        </label>
        <div class="full">
          <ProblemMessage error={error} />
          <button type="submit" class="primary" disabled={busy || !region}>
            {t('finding.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

/** Finds the reported employee by name or NIP within the chosen region; without one, the name is typed. */
function EmployeeSearch({ region, chosen, onChoose }: { region: string; chosen: Employee | null; onChoose: (e: Employee | null) => void }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Employee[]>([]);
  useEffect(() => {
    const text = q.trim();
    if (text.length < 3) {
      setResults([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      get<Page<Employee>>('/employees', { q: text, region: region || undefined, limit: 8 }, controller.signal).then(
        (body) => setResults(body.items),
        () => setResults([]),
      );
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, region]);
  if (chosen) {
    return (
      <div class="field">
        <span class="label">{t('finding.subject')}</span>
        <div class="picked">
          <span>
            {chosen.name} · {chosen.agency_name} {chosen.nip && <code>{chosen.nip}</code>}
          </span>
          <button type="button" class="small-button" onClick={() => onChoose(null)}>
            {t('finding.subjectChange')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="field picker">
      <label for="finding-employee">{t('finding.subjectSearch')}</label>
      <input id="finding-employee" type="search" autoComplete="off" placeholder={t('employees.searchHint')} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      <small class="muted">{t('finding.subjectHelp')}</small>
      {results.length > 0 && (
        <ul class="picker-results">
          {results.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                onClick={() => {
                  setQ('');
                  setResults([]);
                  onChoose(e);
                }}
              >
                {e.name} · {e.agency_name} {e.nip && <code>{e.nip}</code>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
