// Public pledge screens: signing with NIP + one-time code (or an ASN's own
// session) and the certificate verification page behind the QR code.

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { get, post } from '../api';
import { Loading, PageTitle, ProblemMessage, useLoad, useSubmit } from '../components';
import { useI18n } from '../i18n';
import { Link, navigate, useLocation } from '../router';

export interface PledgeTextSummary {
  id: number;
  election: string;
  kind: 'ikrar' | 'pakta';
  version: number;
  title: string;
  text_hash: string;
  published_at: string;
  text?: string;
}

export interface SignedPledge {
  certificate_number: string;
  created: boolean;
  text: PledgeTextSummary;
  nip: string;
  name: string;
  agency_name: string;
  signed_at: string;
  certificate_url: string;
  verify_url: string;
}

/** The newest version of the neutrality pledge (or the integrity pact), with its text. */
async function currentText(kind: string, signal: AbortSignal): Promise<PledgeTextSummary> {
  const texts = await get<{ items: PledgeTextSummary[] }>('/pledge-texts', undefined, signal);
  const ikrar = texts.items.filter((t) => t.kind === kind);
  const newest = ikrar.reduce((a, b) => (b.published_at > a.published_at || (b.published_at === a.published_at && b.id > a.id) ? b : a));
  const latest = ikrar
    .filter((t) => t.election === newest.election)
    .reduce((a, b) => (b.version > a.version ? b : a));
  return get<PledgeTextSummary>(`/pledge-texts/${latest.id}`, undefined, signal);
}

export function SignPledge({ asn }: { asn: boolean }) {
  const { t, dateTime } = useI18n();
  // ?naskah=pakta: the integrity pact signed by the head of region, Sekda, heads of agencies and camat.
  const kind = useLocation().query.get('naskah') === 'pakta' ? 'pakta' : 'ikrar';
  const text = useLoad((signal) => currentText(kind, signal), [kind]);
  const [nip, setNip] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'identify' | 'read'>(asn ? 'read' : 'identify');
  const [agreed, setAgreed] = useState(false);
  const [done, setDone] = useState<SignedPledge | null>(null);
  const { busy, error, run: send } = useSubmit(async (textId: number) => {
    const body: Record<string, unknown> = { text_id: textId };
    if (!asn) {
      body.nip = nip.replace(/\s+/g, '');
      body.code = code.trim();
    }
    setDone(await post<SignedPledge>('/pledges/sign', body));
  });

  const identify = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    setStep('read');
  };

  const sign = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.data) return;
    void send(text.data.id);
  };

  return (
    <>
      <PageTitle title={t('sign.title')}>{t('sign.title')}</PageTitle>
      {kind === 'pakta' && <p class="lead">{t('pledge.kind.pakta')}</p>}
      {done ? (
        <section class="card" aria-live="polite" data-testid="signed">
          <p class="alert alert-ok">{done.created ? t('sign.done') : t('sign.already')}</p>
          <dl class="facts">
            <div class="fact">
              <dt>{t('sign.number')}</dt>
              <dd>
                <code data-testid="certificate-number">{done.certificate_number}</code>
              </dd>
            </div>
            <div class="fact">
              <dt>{t('verify.name')}</dt>
              <dd>{done.name}</dd>
            </div>
            <div class="fact">
              <dt>{t('verify.agency')}</dt>
              <dd>{done.agency_name}</dd>
            </div>
            <div class="fact">
              <dt>{t('verify.date')}</dt>
              <dd>{dateTime(done.signed_at)}</dd>
            </div>
          </dl>
          <p>
            <a class="button primary" href={done.certificate_url} download>
              {t('sign.download')}
            </a>{' '}
            <Link href={done.verify_url}>{t('sign.verify')}</Link>
          </p>
        </section>
      ) : step === 'identify' ? (
        <form class="grid-form" onSubmit={identify}>
          <p class="lead">{t('sign.lead')}</p>
          <label class="field">
            <span>{t('sign.nip')}</span>
            <input
              name="nip"
              inputMode="numeric"
              autoComplete="off"
              required
              pattern="[0-9 ]{18,24}"
              value={nip}
              onInput={(e) => setNip(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('sign.code')}</span>
            <input name="code" autoComplete="one-time-code" required value={code} onInput={(e) => setCode(e.currentTarget.value)} />
          </label>
          <div class="field actions">
            <button type="submit" class="primary">
              {t('sign.next')}
            </button>
          </div>
        </form>
      ) : (
        <form onSubmit={sign}>
          {asn && <p class="lead">{t('sign.leadAsn')}</p>}
          {text.loading && <Loading />}
          <ProblemMessage error={text.error} />
          {text.data && (
            <article class="pledge-text" aria-label={text.data.title}>
              <pre>{text.data.text}</pre>
              <p class="small muted">
                {text.data.election} · v{text.data.version} · SHA-256 <code>{text.data.text_hash.slice(0, 16)}…</code>
              </p>
            </article>
          )}
          <label class="check">
            <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.currentTarget.checked)} /> {t('sign.agree')}
          </label>
          <ProblemMessage error={error} />
          <div class="actions">
            <button type="submit" class="primary" disabled={!agreed || busy || !text.data}>
              {busy ? t('sign.busy') : t('sign.submit')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

interface Verification {
  certificate_number: string;
  status: 'valid' | 'revoked' | 'unknown';
  name?: string;
  agency_name?: string;
  signed_date?: string;
  title?: string;
}

export function VerifyCertificate({ number }: { number: string }) {
  const { t, date } = useI18n();
  const [input, setInput] = useState(number);
  useEffect(() => setInput(number), [number]);
  const result = useLoad(
    (signal) => (number ? get<Verification>(`/verifikasi/${encodeURIComponent(number)}`, undefined, signal) : Promise.resolve(null)),
    [number],
  );
  const v = result.data;
  return (
    <>
      <PageTitle title={t('verify.title')}>{t('verify.title')}</PageTitle>
      <form
        class="grid-form"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/verifikasi/${encodeURIComponent(input.trim().toUpperCase())}`);
        }}
      >
        <label class="field">
          <span>{t('verify.form')}</span>
          <input value={input} onInput={(e) => setInput(e.currentTarget.value)} placeholder="NETRA-XXXX-XXXX-XXXX" />
        </label>
        <div class="field actions">
          <button type="submit">{t('verify.check')}</button>
        </div>
      </form>
      {result.loading && number && <Loading />}
      <ProblemMessage error={result.error} />
      {v && (
        <section class={`verdict verdict-${v.status}`} data-status={v.status} aria-live="polite">
          <p class="verdict-head">{t(`verify.${v.status}`)}</p>
          <p>
            <code>{v.certificate_number}</code>
          </p>
          {v.status !== 'unknown' && (
            <dl class="facts">
              <div class="fact">
                <dt>{t('verify.name')}</dt>
                <dd data-testid="verify-name">{v.name}</dd>
              </div>
              <div class="fact">
                <dt>{t('verify.agency')}</dt>
                <dd>{v.agency_name}</dd>
              </div>
              <div class="fact">
                <dt>{t('verify.date')}</dt>
                <dd>{v.signed_date ? date(v.signed_date) : ''}</dd>
              </div>
              <div class="fact">
                <dt>{t('verify.text')}</dt>
                <dd>{v.title}</dd>
              </div>
            </dl>
          )}
        </section>
      )}
    </>
  );
}
