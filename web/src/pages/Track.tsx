// Receipt page (/lacak): the reporter enters the receipt code and sees the
// progress in plain words, answers the officer's questions and adds evidence.
// The code is sent in POST bodies and a header only, never in the URL.

import { useState } from 'preact/hooks';
import { post, upload } from '../api';
import { PageTitle, ProblemMessage, useSubmit } from '../components';
import { FilePicker, FileStates, uploadAll } from '../evidence';
import type { FileState } from '../evidence';
import { browserZone } from '../enforcement';
import { useI18n } from '../i18n';
import { Link } from '../router';
import type { ReceiptQuestion, ReceiptView } from '../types';

export function Track() {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [view, setView] = useState<ReceiptView | null>(null);
  const { busy, error, run: load, submit } = useSubmit(
    async (receipt: string) => setView(await post<ReceiptView>('/receipts/track', { receipt_code: receipt })),
    () => setView(null),
  );

  return (
    <>
      <PageTitle title={t('track.title')}>{t('track.title')}</PageTitle>
      <p class="lead">{t('track.lead')}</p>
      <form class="card stack track-form" onSubmit={(event) => submit(event, code.trim().toUpperCase())}>
        <label class="field">
          <span>{t('track.code')}</span>
          <input
            name="receipt_code"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            required
            maxLength={64}
            placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
            class="code-input"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
        </label>
        <ProblemMessage error={error} />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t('common.loading') : view ? t('track.refresh') : t('track.submit')}
        </button>
        <p class="small">
          {t('track.noCode')} <Link href="/lapor">{t('track.toReport')}</Link>
        </p>
      </form>
      {view && <Progress view={view} code={code.trim().toUpperCase()} onChanged={() => void load(code.trim().toUpperCase())} />}
    </>
  );
}

function Progress({ view, code, onChanged }: { view: ReceiptView; code: string; onChanged: () => void }) {
  const { t, tOr, dateTime, num } = useI18n();
  const zone = browserZone();
  const [files, setFiles] = useState<FileState[]>([]);
  const [sending, setSending] = useState(false);

  const send = async () => {
    setSending(true);
    const result = await uploadAll(files, (file) => upload('/receipts/evidence', file, { file_name: file.name }, { 'X-Receipt-Code': code }), setFiles);
    setSending(false);
    if (result.some((f) => f.state === 'done')) onChanged();
  };

  return (
    <section class="progress-view" aria-labelledby="progress-title">
      <h2 id="progress-title">
        {t('track.case', { number: view.case_number })}
      </h2>
      <div class="card stack">
        <p class="now">
          <span class="muted small block">{t('track.now')}</span>
          <strong data-testid="track-status">{tOr(`publicStatus.${view.status}`, view.status)}</strong>
        </p>
        <p>{tOr(`publicNext.${view.status}`, '')}</p>
        <p class="muted small">
          {t('track.since', { at: dateTime(view.status_since, zone) })}
          {view.late ? ` · ${t('track.late')}` : ''}
        </p>
      </div>
      <h3>{t('track.steps')}</h3>
      <ol class="timeline" data-testid="track-steps">
        {view.steps.map((step, index) => (
          <li key={`${step.status}-${index}`} class={index === view.steps.length - 1 ? 'current' : ''}>
            <strong>{tOr(`publicStatus.${step.status}`, step.status)}</strong>
            <span class="muted small block">{dateTime(step.at, zone)}</span>
          </li>
        ))}
      </ol>
      {view.questions.length > 0 && (
        <>
          <h3>{t('track.questions')}</h3>
          <ul class="questions">
            {view.questions.map((q) => (
              <QuestionItem key={q.id} question={q} code={code} onAnswered={onChanged} />
            ))}
          </ul>
        </>
      )}
      <h3>{t('track.evidence')}</h3>
      <div class="card stack">
        <p>{t('track.evidenceCount', { count: num(view.evidence_files) })}</p>
        <FilePicker id="track-files" onPick={(picked) => setFiles((current) => [...current, ...picked.map((file) => ({ file, state: 'waiting' as const }))])} />
        <FileStates items={files} onRemove={(index) => setFiles(files.filter((_, i) => i !== index))} />
        <button type="button" class="primary" disabled={sending || !files.some((f) => f.state === 'waiting' || f.state === 'failed')} onClick={() => void send()}>
          {t('track.upload')}
        </button>
      </div>
    </section>
  );
}

function QuestionItem({ question, code, onAnswered }: { question: ReceiptQuestion; code: string; onAnswered: () => void }) {
  const { t, dateTime } = useI18n();
  const [answer, setAnswer] = useState('');
  const { busy, error, submit } = useSubmit(async () => {
    await post('/receipts/answers', { receipt_code: code, question_id: question.id, answer: answer.trim() });
    onAnswered();
  });
  return (
    <li class="card stack">
      <p>
        <span class="muted small block">{t('track.askedAt', { at: dateTime(question.asked_at, browserZone()) })}</span>
        {question.question}
      </p>
      {question.answer !== null ? (
        <p class="answer">
          <span class="muted small block">{t('track.yourAnswer')}</span>
          {question.answer}
        </p>
      ) : (
        <form class="stack" onSubmit={submit}>
          <label class="field">
            <span>{t('track.answer')}</span>
            <textarea required maxLength={5000} rows={3} value={answer} onInput={(e) => setAnswer(e.currentTarget.value)} />
          </label>
          <ProblemMessage error={error} />
          <button type="submit" class="primary" disabled={busy}>
            {t('track.sendAnswer')}
          </button>
        </form>
      )}
    </li>
  );
}
