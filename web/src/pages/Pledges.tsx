// Staff pledge screens: roll-calls and socialization events (list, create,
// detail with attendance, paper signatures and photos), coverage with a chart
// and the not-yet-signed export, one-time codes, and the pledge texts.

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { get, post, request } from '../api';
import { Loading, PageTitle, ProblemMessage, useLoad, useSubmit } from '../components';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session';
import type { PledgeTextSummary } from './PledgePublic';

interface Person {
  name: string;
  role: string;
  institution: string;
}

interface PledgeEvent {
  id: number;
  kind: 'apel' | 'sosialisasi';
  election: string;
  title: string;
  region_code: string;
  starts_at: string;
  organizer: string;
  leader: string;
  topic: string;
  sites: { name: string; region_code: string }[];
  witnesses: Person[];
  signatories: Person[];
  speakers: Person[];
  agency_ids: number[];
}

interface EventDetail extends PledgeEvent {
  agency_names: string[];
  attendance: number;
  attendance_per_site: number[];
  attendance_per_agency: { agency_id: number; agency_name: string; count: number }[];
  signatures: number;
  attachments: { id: number; kind: string; file_name: string; content_type: string; size: number; url: string }[];
}

const isOperator = (role: string) => role === 'operator_instansi' || role === 'admin';

/** "name | role | institution" per line. */
function parsePeople(text: string): Person[] {
  return text
    .split('\n')
    .map((line) => line.split('|').map((part) => part.trim()))
    .filter((parts) => parts[0])
    .map(([name, role = '', institution = '']) => ({ name: name!, role, institution }));
}

function People({ title, people }: { title: MessageKey; people: Person[] }) {
  const { t } = useI18n();
  if (people.length === 0) return null;
  return (
    <section>
      <h2>{t(title)}</h2>
      <ul>
        {people.map((p, i) => (
          <li key={i}>
            <strong>{p.name}</strong>
            {p.role && ` — ${p.role}`}
            {p.institution && <span class="muted"> ({p.institution})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PledgeEvents() {
  const { t, num, dateTime } = useI18n();
  const { user, zone } = useSession();
  const { query } = useLocation();
  const kind = query.get('kind') ?? '';
  const events = useLoad((signal) => get<{ items: PledgeEvent[]; total: number }>('/pledge-events', { kind, limit: 100 }, signal), [kind]);
  return (
    <>
      <PageTitle title={t('events.title')}>{t('events.title')}</PageTitle>
      <div class="toolbar">
        <label class="field">
          <span>{t('events.kind')}</span>
          <select value={kind} onChange={(e) => navigate(`/ikrar/kegiatan${e.currentTarget.value ? `?kind=${e.currentTarget.value}` : ''}`)}>
            <option value="">{t('common.all')}</option>
            <option value="apel">{t('pledge.event.apel')}</option>
            <option value="sosialisasi">{t('pledge.event.sosialisasi')}</option>
          </select>
        </label>
        {isOperator(user.role) && (
          <Link class="button primary" href="/ikrar/kegiatan/baru">
            {t('events.new')}
          </Link>
        )}
      </div>
      <ProblemMessage error={events.error} />
      {events.loading && <Loading />}
      {events.data && (
        <>
          <p class="muted">{t('events.count', { count: num(events.data.total) })}</p>
          <table class="list">
            <thead>
              <tr>
                <th scope="col">{t('events.name')}</th>
                <th scope="col">{t('events.kind')}</th>
                <th scope="col">{t('events.when')}</th>
                <th scope="col">{t('events.organizer')}</th>
                <th scope="col">{t('events.sitesTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {events.data.items.map((e) => (
                <tr key={e.id}>
                  <td data-label={t('events.name')}>
                    <Link href={`/ikrar/kegiatan/${e.id}`}>{e.title}</Link>
                  </td>
                  <td data-label={t('events.kind')}>{t(`pledge.event.${e.kind}`)}</td>
                  <td data-label={t('events.when')}>{dateTime(e.starts_at, zone)}</td>
                  <td data-label={t('events.organizer')}>{e.organizer}</td>
                  <td data-label={t('events.sitesTitle')}>{num(e.sites.length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

const OFFSETS: Record<string, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

export function NewPledgeEvent() {
  const { t } = useI18n();
  const { user, zone } = useSession();
  const [form, setForm] = useState({
    kind: 'apel',
    title: '',
    when: '',
    organizer: '',
    leader: '',
    topic: '',
    region: user.region_code,
    sites: '',
    witnesses: '',
    signatories: '',
    speakers: '',
    all: true,
  });
  const set = (key: keyof typeof form) => (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setForm({ ...form, [key]: e.currentTarget.value });

  const { busy, error, submit } = useSubmit(async () => {
    let agencyIds: number[] = [];
    if (form.all) {
      const agencies = await get<{ items: { id: number }[] }>('/agencies', { region: form.region, limit: 500 });
      agencyIds = agencies.items.map((a) => a.id);
    }
    const created = await post<PledgeEvent>('/pledge-events', {
      kind: form.kind,
      election: 'pilkada-2024',
      title: form.title,
      region_code: form.region,
      starts_at: `${form.when}:00${OFFSETS[zone] ?? '+07:00'}`,
      organizer: form.organizer,
      leader: form.leader,
      topic: form.topic,
      sites: form.sites
        .split('\n')
        .map((line) => line.split('|').map((part) => part.trim()))
        .filter((parts) => parts[0])
        .map(([name, region_code = '']) => ({ name, region_code })),
      witnesses: parsePeople(form.witnesses),
      signatories: parsePeople(form.signatories),
      speakers: parsePeople(form.speakers),
      agency_ids: agencyIds,
    });
    navigate(`/ikrar/kegiatan/${created.id}`);
  });

  return (
    <>
      <PageTitle title={t('events.new')}>{t('events.new')}</PageTitle>
      <form class="grid-form" onSubmit={submit}>
        <label class="field">
          <span>{t('events.kind')}</span>
          <select name="kind" value={form.kind} onChange={set('kind')}>
            <option value="apel">{t('pledge.event.apel')}</option>
            <option value="sosialisasi">{t('pledge.event.sosialisasi')}</option>
          </select>
        </label>
        <label class="field">
          <span>{t('events.name')}</span>
          <input name="title" required value={form.title} onInput={set('title')} />
        </label>
        <label class="field">
          <span>
            {t('events.when')} ({zone})
          </span>
          <input name="when" type="datetime-local" required value={form.when} onInput={set('when')} />
        </label>
        <label class="field">
          <span>{t('events.organizer')}</span>
          <input name="organizer" required value={form.organizer} onInput={set('organizer')} />
        </label>
        <label class="field">
          <span>{t('events.leader')}</span>
          <input name="leader" value={form.leader} onInput={set('leader')} />
        </label>
        <label class="field">
          <span>{t('events.region')}</span>
          <input name="region" value={form.region} onInput={set('region')} />
        </label>
        {form.kind === 'sosialisasi' && (
          <label class="field wide">
            <span>{t('events.topic')}</span>
            <input name="topic" value={form.topic} onInput={set('topic')} />
          </label>
        )}
        <label class="field wide">
          <span>{t('events.sites')}</span>
          <textarea name="sites" rows={3} required value={form.sites} onInput={set('sites')} />
        </label>
        <label class="field wide">
          <span>{t('events.witnesses')}</span>
          <textarea name="witnesses" rows={3} value={form.witnesses} onInput={set('witnesses')} />
        </label>
        {form.kind === 'apel' ? (
          <label class="field wide">
            <span>{t('events.signatories')}</span>
            <textarea name="signatories" rows={3} value={form.signatories} onInput={set('signatories')} />
          </label>
        ) : (
          <label class="field wide">
            <span>{t('events.speakers')}</span>
            <textarea name="speakers" rows={3} value={form.speakers} onInput={set('speakers')} />
          </label>
        )}
        <label class="check wide">
          <input type="checkbox" checked={form.all} onChange={(e) => setForm({ ...form, all: e.currentTarget.checked })} />{' '}
          {t('events.allAgencies')}
        </label>
        <ProblemMessage error={error} />
        <div class="field actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('events.save')}
          </button>
        </div>
      </form>
    </>
  );
}

/** A NIP list form: a textarea that a CSV file can fill, posted to `path`. */
function NipForm({
  label,
  submitLabel,
  onSubmit,
  children,
}: {
  label: MessageKey;
  submitLabel: MessageKey;
  onSubmit: (nips: string) => Promise<string>;
  children?: JSX.Element;
}) {
  const { t } = useI18n();
  const [nips, setNips] = useState('');
  const [result, setResult] = useState('');
  const { busy, error, submit } = useSubmit(async () => {
    setResult(''); // the previous result goes while this one is sent
    setResult(await onSubmit(nips));
    setNips('');
  });
  return (
    <form class="grid-form" onSubmit={submit}>
      {children}
      <label class="field wide">
        <span>{t(label)}</span>
        <textarea name="nips" rows={4} required value={nips} onInput={(e) => setNips(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('events.csv')}</span>
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) setNips(await file.text());
          }}
        />
      </label>
      <div class="field actions">
        <button type="submit" class="primary" disabled={busy}>
          {t(submitLabel)}
        </button>
      </div>
      <ProblemMessage error={error} />
      {result && (
        <p class="alert alert-ok wide" role="status">
          {result}
        </p>
      )}
    </form>
  );
}

export function PledgeEventDetail({ id }: { id: string }) {
  const { t, num, dateTime } = useI18n();
  const { user, zone } = useSession();
  const event = useLoad((signal) => get<EventDetail>(`/pledge-events/${encodeURIComponent(id)}`, undefined, signal), [id]);
  const [site, setSite] = useState(0);
  const [uploadError, setUploadError] = useState<unknown>(undefined);
  if (event.loading && !event.data) return <Loading />;
  if (!event.data) return <ProblemMessage error={event.error} />;
  const e = event.data;
  const operator = isOperator(user.role);

  const upload = async (input: HTMLInputElement, kind: string) => {
    const file = input.files?.[0];
    if (!file) return;
    setUploadError(undefined);
    try {
      await request('POST', `/pledge-events/${e.id}/attachments`, {
        query: { kind, file_name: file.name },
        raw: file,
      });
      input.value = '';
      event.reload();
    } catch (caught) {
      setUploadError(caught);
    }
  };

  return (
    <>
      <PageTitle title={e.title}>{e.title}</PageTitle>
      <dl class="facts">
        <div class="fact">
          <dt>{t('events.kind')}</dt>
          <dd>{t(`pledge.event.${e.kind}`)}</dd>
        </div>
        <div class="fact">
          <dt>{t('events.when')}</dt>
          <dd>{dateTime(e.starts_at, zone)}</dd>
        </div>
        <div class="fact">
          <dt>{t('events.organizer')}</dt>
          <dd>{e.organizer}</dd>
        </div>
        {e.leader && (
          <div class="fact">
            <dt>{t('events.leader')}</dt>
            <dd>{e.leader}</dd>
          </div>
        )}
        {e.topic && (
          <div class="fact">
            <dt>{t('events.topic')}</dt>
            <dd>{e.topic}</dd>
          </div>
        )}
        <div class="fact">
          <dt>{t('events.attendance')}</dt>
          <dd data-testid="attendance-total">{t('events.attendanceTotal', { count: num(e.attendance) })}</dd>
        </div>
        {e.kind === 'apel' && (
          <div class="fact">
            <dt>{t('events.signatures')}</dt>
            <dd data-testid="event-signatures">{num(e.signatures)}</dd>
          </div>
        )}
      </dl>
      <section>
        <h2>{t('events.sitesTitle')}</h2>
        <table class="list">
          <thead>
            <tr>
              <th scope="col">{t('events.site')}</th>
              <th scope="col">{t('events.region')}</th>
              <th scope="col">{t('events.attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {e.sites.map((s, i) => (
              <tr key={i}>
                <td data-label={t('events.site')}>{s.name}</td>
                <td data-label={t('events.region')}>
                  <code>{s.region_code}</code>
                </td>
                <td data-label={t('events.attendance')}>{num(e.attendance_per_site[i] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <People title="events.witnessesTitle" people={e.witnesses} />
      <People title="events.signatoriesTitle" people={e.signatories} />
      <People title="events.speakersTitle" people={e.speakers} />
      {e.agency_names.length > 0 && (
        <section>
          <h2>{t('events.agencies')}</h2>
          <p class="small">{e.agency_names.join(' · ')}</p>
        </section>
      )}
      {e.attendance_per_agency.length > 0 && (
        <section>
          <h2>{t('events.perAgency')}</h2>
          <table class="list">
            <tbody>
              {e.attendance_per_agency.map((a) => (
                <tr key={a.agency_id}>
                  <td data-label={t('verify.agency')}>{a.agency_name}</td>
                  <td data-label={t('events.attendance')}>{num(a.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {operator && (
        <section>
          <h2>{t('events.recordAttendance')}</h2>
          <NipForm
            label="events.nips"
            submitLabel="events.recordAttendance"
            onSubmit={async (nips) => {
              const r = await post<{ recorded: number; already: number; unknown: string[] }>(`/pledge-events/${e.id}/attendance`, { site, nips });
              event.reload();
              return t('events.attendanceResult', { recorded: num(r.recorded), already: num(r.already), unknown: num(r.unknown.length) });
            }}
          >
            <label class="field">
              <span>{t('events.site')}</span>
              <select name="site" value={site} onChange={(ev) => setSite(Number(ev.currentTarget.value))}>
                {e.sites.map((s, i) => (
                  <option key={i} value={i}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          </NipForm>
        </section>
      )}
      {operator && e.kind === 'apel' && (
        <section>
          <h2>{t('events.paper')}</h2>
          <p class="muted">{t('events.paperLead')}</p>
          <NipForm
            label="events.nips"
            submitLabel="events.recordPaper"
            onSubmit={async (nips) => {
              const r = await post<{ recorded: number; already: number; unknown: string[] }>(`/pledge-events/${e.id}/paper-signatures`, { nips });
              event.reload();
              return t('events.paperResult', { recorded: num(r.recorded), already: num(r.already), unknown: num(r.unknown.length) });
            }}
          />
        </section>
      )}
      <section>
        <h2>{t('events.files')}</h2>
        {e.attachments.length === 0 ? (
          <p class="muted">{t('events.noFiles')}</p>
        ) : (
          <ul class="gallery">
            {e.attachments.map((a) => (
              <li key={a.id}>
                {a.content_type.startsWith('image/') ? (
                  <a href={a.url}>
                    <img src={a.url} alt={a.file_name} width={160} height={120} loading="lazy" />
                  </a>
                ) : (
                  <a href={a.url}>{a.file_name}</a>
                )}
              </li>
            ))}
          </ul>
        )}
        {operator && (
          <div class="upload-row">
            <label class="field">
              <span>{t('events.photo')}</span>
              <input type="file" name="photo" accept="image/jpeg,image/png,image/webp" onChange={(ev) => upload(ev.currentTarget, 'photo')} />
            </label>
            <label class="field">
              <span>{t('events.material')}</span>
              <input type="file" name="material" onChange={(ev) => upload(ev.currentTarget, 'material')} />
            </label>
          </div>
        )}
        <ProblemMessage error={uploadError} />
      </section>
    </>
  );
}

interface CoverageReport {
  region: string;
  election: string;
  kind: string;
  group: string;
  employees: number;
  signed: number;
  not_signed: number;
  percent: number;
  rows: { key: string; label: string; employees: number; signed: number; not_signed: number; percent: number }[];
}

/** Horizontal bars: signed share per group, in an inline SVG (no chart library). */
function CoverageChart({ report }: { report: CoverageReport }) {
  const { t } = useI18n();
  const rows = report.rows.slice(0, 40);
  const barHeight = 18;
  const labelWidth = 300;
  const width = 720;
  const height = rows.length * (barHeight + 6) + 10;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={t('coverage.chart')}>
        {rows.map((r, i) => {
          const y = 5 + i * (barHeight + 6);
          const w = ((width - labelWidth - 60) * r.percent) / 100;
          return (
            <g key={r.key}>
              <text x={labelWidth - 6} y={y + 13} text-anchor="end" font-size="11">
                {r.label.length > 40 ? `${r.label.slice(0, 39)}…` : r.label}
              </text>
              <rect x={labelWidth} y={y} width={width - labelWidth - 60} height={barHeight} fill="#e5e7eb" />
              <rect x={labelWidth} y={y} width={w} height={barHeight} fill={r.percent >= 80 ? '#15803d' : r.percent >= 50 ? '#ca8a04' : '#b91c1c'} />
              <text x={width - 55} y={y + 13} font-size="11">
                {r.percent.toFixed(1)}%
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="small muted">{t('coverage.chart')}</figcaption>
    </figure>
  );
}

export function Coverage() {
  const { t, num } = useI18n();
  const { query } = useLocation();
  const group = query.get('group') ?? 'agency';
  const kind = query.get('kind') ?? 'ikrar';
  const report = useLoad((signal) => get<CoverageReport>('/pledges/coverage', { group, kind }, signal), [group, kind]);
  const pct = (value: number) => `${value.toFixed(1).replace('.', ',')}%`;
  return (
    <>
      <PageTitle title={t('coverage.title')}>{t('coverage.title')}</PageTitle>
      <div class="toolbar">
        <label class="field">
          <span>{t('coverage.group')}</span>
          <select name="group" value={group} onChange={(e) => navigate(`/ikrar/cakupan?group=${e.currentTarget.value}&kind=${kind}`)}>
            <option value="region">{t('coverage.group.region')}</option>
            <option value="agency">{t('coverage.group.agency')}</option>
            <option value="unit">{t('coverage.group.unit')}</option>
          </select>
        </label>
        <label class="field">
          <span>{t('coverage.kind')}</span>
          <select name="kind" value={kind} onChange={(e) => navigate(`/ikrar/cakupan?group=${group}&kind=${e.currentTarget.value}`)}>
            <option value="ikrar">{t('pledge.kind.ikrar')}</option>
            <option value="pakta">{t('pledge.kind.pakta')}</option>
          </select>
        </label>
        <a class="button" href={`/api/v1/pledges/coverage/unsigned.xlsx?kind=${kind}`} download>
          {t('coverage.export')}
        </a>
      </div>
      <ProblemMessage error={report.error} />
      {report.loading && <Loading />}
      {report.data && (
        <>
          <p class="lead" data-testid="coverage-summary">
            {t('coverage.summary', { signed: num(report.data.signed), employees: num(report.data.employees), percent: pct(report.data.percent) })}
          </p>
          <CoverageChart report={report.data} />
          <table class="list coverage">
            <thead>
              <tr>
                <th scope="col">{t(`coverage.group.${group}` as MessageKey)}</th>
                <th scope="col">{t('coverage.employees')}</th>
                <th scope="col">{t('coverage.signed')}</th>
                <th scope="col">{t('coverage.notSigned')}</th>
                <th scope="col">{t('coverage.percent')}</th>
              </tr>
            </thead>
            <tbody>
              {report.data.rows.map((r) => (
                <tr key={r.key}>
                  <td data-label={t('coverage.group.agency')}>{r.label}</td>
                  <td data-label={t('coverage.employees')}>{num(r.employees)}</td>
                  <td data-label={t('coverage.signed')}>{num(r.signed)}</td>
                  <td data-label={t('coverage.notSigned')}>{num(r.not_signed)}</td>
                  <td data-label={t('coverage.percent')}>{pct(r.percent)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('coverage.total')}</th>
                <td data-testid="total-employees">{num(report.data.employees)}</td>
                <td data-testid="total-signed">{num(report.data.signed)}</td>
                <td data-testid="total-not-signed">{num(report.data.not_signed)}</td>
                <td>{pct(report.data.percent)}</td>
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </>
  );
}

interface IssuedCode {
  nip: string;
  name: string;
  agency_name: string;
  code: string;
  expires_at: string;
}

export function PledgeCodes() {
  const { t, dateTime } = useI18n();
  const { zone } = useSession();
  const [issued, setIssued] = useState<IssuedCode[]>([]);
  const [unknown, setUnknown] = useState<string[]>([]);
  return (
    <>
      <PageTitle title={t('codes.title')}>{t('codes.title')}</PageTitle>
      <p class="muted">{t('codes.lead')}</p>
      <NipForm
        label="events.nips"
        submitLabel="codes.issue"
        onSubmit={async (nips) => {
          const r = await post<{ items: IssuedCode[]; unknown: string[] }>('/pledges/codes', { nips });
          setIssued(r.items);
          setUnknown(r.unknown);
          return '';
        }}
      />
      {unknown.length > 0 && <p class="alert alert-error">{t('codes.unknown', { list: unknown.join(', ') })}</p>}
      {issued.length > 0 && (
        <table class="list codes">
          <thead>
            <tr>
              <th scope="col">{t('sign.nip')}</th>
              <th scope="col">{t('verify.name')}</th>
              <th scope="col">{t('verify.agency')}</th>
              <th scope="col">{t('codes.code')}</th>
              <th scope="col">{t('codes.expires')}</th>
            </tr>
          </thead>
          <tbody>
            {issued.map((c) => (
              <tr key={c.nip}>
                <td data-label={t('sign.nip')}>
                  <code>{c.nip}</code>
                </td>
                <td data-label={t('verify.name')}>{c.name}</td>
                <td data-label={t('verify.agency')}>{c.agency_name}</td>
                <td data-label={t('codes.code')}>
                  <code class="code" data-testid="code">
                    {c.code}
                  </code>
                </td>
                <td data-label={t('codes.expires')}>{dateTime(c.expires_at, zone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function PledgeTexts() {
  const { t, num, dateTime } = useI18n();
  const { user, zone } = useSession();
  const texts = useLoad((signal) => get<{ items: PledgeTextSummary[] }>('/pledge-texts', undefined, signal), []);
  const [form, setForm] = useState({ kind: 'ikrar', title: '', text: '' });
  const [error, setError] = useState<unknown>(undefined);
  const [notice, setNotice] = useState('');
  const publish = async (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      const created = await post<PledgeTextSummary>('/pledge-texts', { election: 'pilkada-2024', ...form });
      setNotice(t('texts.publishedNotice', { version: num(created.version) }));
      setForm({ ...form, title: '', text: '' });
      texts.reload();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <PageTitle title={t('texts.title')}>{t('texts.title')}</PageTitle>
      {texts.loading && <Loading />}
      <ProblemMessage error={texts.error} />
      {texts.data && (
        <table class="list">
          <thead>
            <tr>
              <th scope="col">{t('texts.titleField')}</th>
              <th scope="col">{t('coverage.kind')}</th>
              <th scope="col">{t('texts.election')}</th>
              <th scope="col">{t('texts.version')}</th>
              <th scope="col">{t('texts.published')}</th>
              <th scope="col">{t('texts.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {texts.data.items.map((x) => (
              <tr key={x.id}>
                <td data-label={t('texts.titleField')}>{x.title}</td>
                <td data-label={t('coverage.kind')}>{t(`pledge.kind.${x.kind}`)}</td>
                <td data-label={t('texts.election')}>{x.election}</td>
                <td data-label={t('texts.version')}>{num(x.version)}</td>
                <td data-label={t('texts.published')}>{dateTime(x.published_at, zone)}</td>
                <td data-label={t('texts.hash')}>
                  <code>{x.text_hash.slice(0, 16)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {user.role === 'admin' && (
        <section>
          <h2>{t('texts.new')}</h2>
          <p class="muted">{t('texts.newLead')}</p>
          <form class="grid-form" onSubmit={publish}>
            <label class="field">
              <span>{t('coverage.kind')}</span>
              <select value={form.kind} onChange={(e) => setForm({ ...form, kind: e.currentTarget.value })}>
                <option value="ikrar">{t('pledge.kind.ikrar')}</option>
                <option value="pakta">{t('pledge.kind.pakta')}</option>
              </select>
            </label>
            <label class="field">
              <span>{t('texts.titleField')}</span>
              <input required value={form.title} onInput={(e) => setForm({ ...form, title: e.currentTarget.value })} />
            </label>
            <label class="field wide">
              <span>{t('texts.text')}</span>
              <textarea required rows={12} value={form.text} onInput={(e) => setForm({ ...form, text: e.currentTarget.value })} />
            </label>
            <ProblemMessage error={error} />
            {notice && <p class="alert alert-ok wide">{notice}</p>}
            <div class="field actions">
              <button type="submit" class="primary">
                {t('texts.publish')}
              </button>
            </div>
          </form>
        </section>
      )}
    </>
  );
}
