// Public report form (/lapor): no account needed, works on a phone, and keeps
// what was typed in localStorage so a reload or a dropped connection loses nothing.
//
// Draft storage choice: the report itself (place, person reported, what happened,
// witnesses) is saved on this device as it is typed. The reporter's own identity
// (name, NIK, address, phone) is saved only when the reporter ticks the box that
// asks for it, off by default: phones are often shared, and the identity is what
// the server seals so that only the handling Bawaslu officer can open it. The draft
// is deleted after a successful submission. Chosen files cannot be kept in a draft.

import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { ApiError, get, post, upload } from '../api';
import { PageTitle, ProblemMessage, useSubmit } from '../components';
import { FilePicker, FileStates, uploadAll } from '../evidence';
import type { FileState } from '../evidence';
import { EVIDENCE_MAX_FILES, browserZone, byteLength, todayIn } from '../enforcement';
import { useI18n } from '../i18n';
import { Link } from '../router';
import type { ElectionKind, Items, Region, ReportReceipt } from '../types';

const DRAFT_KEY = 'netra.reportDraft';
const DESCRIPTION_BYTES = 10_000;
const MAX_WITNESSES = 20;

interface Draft {
  anonymous: boolean;
  keepIdentity: boolean;
  reporter: { name: string; nik: string; address: string; phone: string };
  province: string;
  regency: string;
  district: string;
  election_kind: ElectionKind;
  subject: { name: string; agency: string; nip: string };
  description: string;
  act_date: string;
  known_date: string;
  act_place: string;
  witnesses: { name: string; contact: string }[];
}

const EMPTY: Draft = {
  anonymous: true,
  keepIdentity: false,
  reporter: { name: '', nik: '', address: '', phone: '' },
  province: '',
  regency: '',
  district: '',
  election_kind: 'pilkada',
  subject: { name: '', agency: '', nip: '' },
  description: '',
  act_date: '',
  known_date: '',
  act_place: '',
  witnesses: [],
};

function loadDraft(): { draft: Draft; restored: boolean } {
  try {
    const text = localStorage.getItem(DRAFT_KEY);
    if (text) {
      const saved = JSON.parse(text) as Partial<Draft>;
      return {
        draft: {
          ...EMPTY,
          ...saved,
          reporter: { ...EMPTY.reporter, ...saved.reporter },
          subject: { ...EMPTY.subject, ...saved.subject },
          witnesses: Array.isArray(saved.witnesses) ? saved.witnesses : [],
        },
        restored: true,
      };
    }
  } catch {
    // A broken or unavailable store starts an empty form.
  }
  return { draft: EMPTY, restored: false };
}

function saveDraft(draft: Draft): void {
  const stored = draft.keepIdentity ? draft : { ...draft, reporter: EMPTY.reporter };
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify(stored));
  } catch {
    // Without storage the form still works; only the draft is not kept.
  }
}

function clearDraft(): void {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // nothing stored
  }
}

function isBlank(draft: Draft): boolean {
  return JSON.stringify({ ...draft, reporter: EMPTY.reporter, keepIdentity: false }) === JSON.stringify(EMPTY);
}

export function Report() {
  const { t, num } = useI18n();
  const [initial] = useState(loadDraft);
  const [draft, setDraft] = useState<Draft>(initial.draft);
  const [restored, setRestored] = useState(initial.restored && !isBlank(initial.draft));
  const [files, setFiles] = useState<FileState[]>([]);
  const [receipt, setReceipt] = useState<ReportReceipt | null>(null);

  useEffect(() => {
    if (!receipt) saveDraft(draft);
  }, [draft, receipt]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setReporter = (key: keyof Draft['reporter'], value: string) =>
    setDraft((d) => ({ ...d, reporter: { ...d.reporter, [key]: value } }));
  const setSubject = (key: keyof Draft['subject'], value: string) =>
    setDraft((d) => ({ ...d, subject: { ...d.subject, [key]: value } }));
  const setWitness = (index: number, key: 'name' | 'contact', value: string) =>
    setDraft((d) => ({ ...d, witnesses: d.witnesses.map((w, i) => (i === index ? { ...w, [key]: value } : w)) }));

  const descriptionBytes = byteLength(draft.description);

  const { busy, error, run: send } = useSubmit(async () => {
    const body = {
      anonymous: draft.anonymous,
      reporter: draft.anonymous
        ? undefined
        : {
            name: draft.reporter.name.trim(),
            nik: draft.reporter.nik.trim(),
            address: draft.reporter.address.trim(),
            phone: draft.reporter.phone.trim(),
          },
      region_code: draft.district || draft.regency,
      election_kind: draft.election_kind,
      subject: { name: draft.subject.name.trim(), agency: draft.subject.agency.trim(), nip: draft.subject.nip.trim() },
      description: draft.description.trim(),
      act_date: draft.act_date,
      known_date: draft.known_date || undefined,
      act_place: draft.act_place.trim(),
      witnesses: draft.witnesses
        .map((w) => ({ name: w.name.trim(), contact: w.contact.trim() }))
        .filter((w) => w.name !== ''),
    };
    const filed = await post<ReportReceipt>('/reports', body);
    clearDraft();
    setReceipt(filed);
    setDraft(EMPTY);
    setRestored(false);
    if (files.length > 0) {
      await uploadAll(
        files,
        (file) => upload('/receipts/evidence', file, { file_name: file.name }, { 'X-Receipt-Code': filed.receipt_code }),
        setFiles,
      );
    }
  });
  const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (descriptionBytes > DESCRIPTION_BYTES) return;
    void send();
  };

  if (receipt) return <ReceiptShown receipt={receipt} files={files} />;

  const zone = browserZone();
  return (
    <>
      <PageTitle title={t('report.title')}>{t('report.title')}</PageTitle>
      <p class="lead">{t('report.lead')}</p>
      {restored && (
        <div class="alert alert-ok" role="status" data-testid="draft-restored">
          <p>{t('report.draftRestored')}</p>
          <button
            type="button"
            class="link"
            onClick={() => {
              clearDraft();
              setDraft(EMPTY);
              setRestored(false);
            }}
          >
            {t('report.draftDiscard')}
          </button>
        </div>
      )}
      <form class="stack report-form" onSubmit={submit}>
        <fieldset class="card stack">
          <legend>{t('report.who')}</legend>
          <label class="check">
            <input type="radio" name="anonymous" checked={draft.anonymous} onChange={() => set('anonymous', true)} />
            <span>
              <strong>{t('report.anonymous')}</strong>
              <span class="block muted small">{t('report.anonymousHelp')}</span>
            </span>
          </label>
          <label class="check">
            <input type="radio" name="anonymous" checked={!draft.anonymous} onChange={() => set('anonymous', false)} />
            <span>
              <strong>{t('report.identified')}</strong>
              <span class="block muted small">{t('report.identifiedHelp')}</span>
            </span>
          </label>
          {!draft.anonymous && (
            <div class="stack identity">
              <p class="alert alert-info">{t('report.sealed')}</p>
              <label class="field">
                <span>{t('report.reporterName')}</span>
                <input name="reporter-name" autoComplete="name" required maxLength={200} value={draft.reporter.name} onInput={(e) => setReporter('name', e.currentTarget.value)} />
              </label>
              <label class="field">
                <span>{t('report.nik')}</span>
                <input
                  name="reporter-nik"
                  inputMode="numeric"
                  pattern="[0-9]{16}"
                  title={t('report.nikHint')}
                  required
                  maxLength={16}
                  value={draft.reporter.nik}
                  onInput={(e) => setReporter('nik', e.currentTarget.value.replace(/\D/g, ''))}
                />
                <small class="muted">{t('report.nikHint')}</small>
              </label>
              <label class="field">
                <span>{t('report.address')}</span>
                <textarea name="reporter-address" autoComplete="street-address" required maxLength={500} rows={2} value={draft.reporter.address} onInput={(e) => setReporter('address', e.currentTarget.value)} />
              </label>
              <label class="field">
                <span>{t('report.phone')}</span>
                <input name="reporter-phone" type="tel" autoComplete="tel" required maxLength={30} value={draft.reporter.phone} onInput={(e) => setReporter('phone', e.currentTarget.value)} />
              </label>
              <label class="check">
                <input type="checkbox" checked={draft.keepIdentity} onChange={(e) => set('keepIdentity', e.currentTarget.checked)} />
                <span>
                  {t('report.keepIdentity')}
                  <span class="block muted small">{t('report.keepIdentityHelp')}</span>
                </span>
              </label>
            </div>
          )}
        </fieldset>

        <fieldset class="card stack">
          <legend>{t('report.where')}</legend>
          <RegionSelects
            province={draft.province}
            regency={draft.regency}
            district={draft.district}
            onChange={(province, regency, district) => setDraft((d) => ({ ...d, province, regency, district }))}
          />
          <label class="field">
            <span>{t('report.actPlace')}</span>
            <input name="act_place" required maxLength={500} placeholder={t('report.actPlaceHint')} value={draft.act_place} onInput={(e) => set('act_place', e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>{t('report.electionKind')}</span>
            <select name="election_kind" value={draft.election_kind} onChange={(e) => set('election_kind', e.currentTarget.value as ElectionKind)}>
              <option value="pilkada">{t('election.pilkada')}</option>
              <option value="pemilu">{t('election.pemilu')}</option>
            </select>
          </label>
          <label class="field">
            <span>{t('report.actDate')}</span>
            <input name="act_date" type="date" required max={todayIn(zone)} value={draft.act_date} onInput={(e) => set('act_date', e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>{t('report.knownDate')}</span>
            <input name="known_date" type="date" max={todayIn(zone)} value={draft.known_date} onInput={(e) => set('known_date', e.currentTarget.value)} />
            <small class="muted">{t('report.knownDateHelp')}</small>
          </label>
        </fieldset>

        <fieldset class="card stack">
          <legend>{t('report.subject')}</legend>
          <label class="field">
            <span>{t('report.subjectName')}</span>
            <input name="subject-name" required maxLength={200} value={draft.subject.name} onInput={(e) => setSubject('name', e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>{t('report.subjectAgency')}</span>
            <input name="subject-agency" maxLength={200} placeholder={t('report.subjectAgencyHint')} value={draft.subject.agency} onInput={(e) => setSubject('agency', e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>{t('report.subjectNip')}</span>
            <input
              name="subject-nip"
              inputMode="numeric"
              pattern="[0-9]{18}"
              title={t('report.nipHint')}
              maxLength={18}
              value={draft.subject.nip}
              onInput={(e) => setSubject('nip', e.currentTarget.value.replace(/\D/g, ''))}
            />
            <small class="muted">{t('report.nipHint')}</small>
          </label>
        </fieldset>

        <fieldset class="card stack">
          <legend>{t('report.what')}</legend>
          <label class="field">
            <span>{t('report.description')}</span>
            <textarea
              name="description"
              required
              rows={7}
              placeholder={t('report.descriptionHint')}
              aria-describedby="description-count"
              value={draft.description}
              onInput={(e) => set('description', e.currentTarget.value)}
            />
            <small id="description-count" class={descriptionBytes > DESCRIPTION_BYTES ? 'over' : 'muted'}>
              {t('report.descriptionCount', { used: num(descriptionBytes), max: num(DESCRIPTION_BYTES) })}
            </small>
          </label>
          <h3>{t('report.witnesses')}</h3>
          {draft.witnesses.length === 0 && <p class="muted small">{t('report.noWitnesses')}</p>}
          {draft.witnesses.map((witness, index) => (
            <div class="witness" key={index}>
              <label class="field">
                <span>{t('report.witnessName', { n: index + 1 })}</span>
                <input required maxLength={200} value={witness.name} onInput={(e) => setWitness(index, 'name', e.currentTarget.value)} />
              </label>
              <label class="field">
                <span>{t('report.witnessContact')}</span>
                <input maxLength={200} value={witness.contact} onInput={(e) => setWitness(index, 'contact', e.currentTarget.value)} />
              </label>
              <button type="button" class="small-button" onClick={() => set('witnesses', draft.witnesses.filter((_, i) => i !== index))}>
                {t('report.witnessRemove', { n: index + 1 })}
              </button>
            </div>
          ))}
          {draft.witnesses.length < MAX_WITNESSES && (
            <button type="button" class="add" onClick={() => set('witnesses', [...draft.witnesses, { name: '', contact: '' }])}>
              {t('report.witnessAdd')}
            </button>
          )}
        </fieldset>

        <fieldset class="card stack">
          <legend>{t('report.evidence')}</legend>
          <FilePicker
            id="report-files"
            onPick={(picked) =>
              setFiles((current) => [...current, ...picked.map((file) => ({ file, state: 'waiting' as const }))].slice(0, EVIDENCE_MAX_FILES))
            }
          />
          <p class="muted small">{t('report.evidenceNote')}</p>
          <FileStates items={files} onRemove={(index) => setFiles(files.filter((_, i) => i !== index))} />
        </fieldset>

        <p class="muted small" role="status" data-testid="draft-state">
          {t('report.draftSaved')}
        </p>
        {error !== undefined && (
          <>
            <ProblemMessage error={error} />
            {error instanceof ApiError && error.status === 0 && <p class="alert alert-info">{t('report.offlineKept')}</p>}
          </>
        )}
        <button type="submit" class="primary" disabled={busy || descriptionBytes > DESCRIPTION_BYTES}>
          {busy ? t('report.sending') : t('report.submit')}
        </button>
      </form>
    </>
  );
}

function ReceiptShown({ receipt, files }: { receipt: ReportReceipt; files: FileState[] }) {
  const { t, dateTime } = useI18n();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receipt.receipt_code);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <>
      <PageTitle title={t('report.receivedTitle')}>{t('report.receivedTitle')}</PageTitle>
      <section class="card receipt stack" aria-labelledby="receipt-label">
        <p>
          {t('report.caseNumber')} <strong data-testid="case-number">{receipt.case_number}</strong> ·{' '}
          {dateTime(receipt.received_at, browserZone())}
        </p>
        <h2 id="receipt-label">{t('report.receiptCode')}</h2>
        <p class="receipt-code" data-testid="receipt-code">
          {receipt.receipt_code}
        </p>
        <div class="row">
          <button type="button" class="primary" onClick={() => void copy()}>
            {t('report.copy')}
          </button>
          <span role="status" class="small">
            {copied === 'yes' ? t('report.copied') : copied === 'failed' ? t('report.copyFailed') : ''}
          </span>
        </div>
        <div class="alert alert-warn" role="alert">
          <p>
            <strong>{t('report.keepCodeTitle')}</strong> {t('report.keepCode')}
          </p>
        </div>
        {receipt.late && <p class="alert alert-info">{t('report.late')}</p>}
        {receipt.joined_existing && <p class="alert alert-info">{t('report.joined')}</p>}
        {files.length > 0 && (
          <>
            <h3>{t('report.evidence')}</h3>
            <FileStates items={files} />
            {files.some((f) => f.state === 'failed') && <p class="small">{t('report.evidenceRetry')}</p>}
          </>
        )}
        <p>
          <Link href="/lacak">{t('report.toTrack')}</Link>
        </p>
      </section>
    </>
  );
}

/** Province → regency/city (required: the case goes to its Bawaslu) → district (optional), from the public region API. */
function RegionSelects({
  province,
  regency,
  district,
  onChange,
}: {
  province: string;
  regency: string;
  district: string;
  onChange: (province: string, regency: string, district: string) => void;
}) {
  const { t } = useI18n();
  const provinces = useChildren(null);
  const regencies = useChildren(province || undefined);
  const districts = useChildren(regency || undefined);
  return (
    <>
      <RegionSelect name="province" label={t('report.province')} blank={t('report.choose')} required
        value={province} options={provinces} onChange={(v) => onChange(v, '', '')} />
      <RegionSelect name="regency" label={t('report.regency')} blank={t('report.choose')} required disabled={!province}
        value={regency} options={regencies} onChange={(v) => onChange(province, v, '')} />
      <RegionSelect name="district" label={t('report.district')} blank={t('report.districtUnknown')} disabled={!regency}
        value={district} options={districts} onChange={(v) => onChange(province, regency, v)} />
    </>
  );
}

function RegionSelect(props: {
  name: string;
  label: string;
  blank: string;
  value: string;
  options: Region[];
  onChange: (code: string) => void;
  required?: boolean;
  disabled?: boolean;
}) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <select
        name={props.name}
        required={props.required}
        disabled={props.disabled}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="">{props.blank}</option>
        {props.options.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Children of `parent` (provinces for null); empty while `parent` is undefined or loading. */
function useChildren(parent: string | null | undefined): Region[] {
  const [items, setItems] = useState<Region[]>([]);
  useEffect(() => {
    setItems([]);
    if (parent === undefined) return;
    const controller = new AbortController();
    get<Items<Region>>('/regions', parent ? { parent } : undefined, controller.signal).then(
      (body) => setItems(body.items),
      () => setItems([]),
    );
    return () => controller.abort();
  }, [parent]);
  return items;
}
