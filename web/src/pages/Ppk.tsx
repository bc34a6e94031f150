// The PPK's page (/ppk): cases waiting for the PPK's decision, and (/ppk/:id) the
// decision itself — BKN's result and Bawaslu's recommendation, then the move to
// SANCTIONED or NOT_PROVEN with its required fields.

import { useState } from 'preact/hooks';
import { get } from '../api';
import { ConflictWarning } from '../caseHandling';
import { CaseFacts, CaseHeader, FieldValues, Moves, SanctionProposalView, Timeline } from '../caseParts';
import { Loading, PageTitle, ProblemMessage, useLoad } from '../components';
import { useI18n } from '../i18n';
import { useRegionInfo } from '../regionNames';
import { Link } from '../router';
import type { CaseDetail, CaseStep, CaseSummary, Page } from '../types';

export function PpkInbox() {
  const { t, num, dateTime } = useI18n();
  const page = useLoad((signal) => get<Page<CaseSummary>>('/cases', { status: 'AWAITING_PPK', limit: 500 }, signal), []);
  const regions = useRegionInfo(page.data?.items.map((c) => c.region_code) ?? []);
  return (
    <>
      <PageTitle title={t('nav.ppk')}>{t('ppk.title')}</PageTitle>
      <p class="lead">{t('ppk.lead')}</p>
      <ProblemMessage error={page.error} />
      {page.loading && !page.data && <Loading />}
      {page.data && page.data.items.length === 0 && <p class="empty">{t('ppk.none')}</p>}
      {page.data && page.data.items.length > 0 && (
        <>
          <p class="muted">{t('ppk.count', { count: num(page.data.total) })}</p>
          <ul class="ppk-list">
            {page.data.items.map((c) => {
              const info = regions[c.region_code];
              return (
                <li key={c.id} class={c.overdue ? 'card overdue' : 'card'} data-case={c.number}>
                  <Link href={`/ppk/${c.id}`}>
                    <strong>{c.number}</strong> · {c.subject.name}
                  </Link>
                  <span class="block muted small">
                    {c.subject.agency} · {(c.violation_codes ?? []).join(', ')}
                  </span>
                  {c.conflict && (
                    <span class="tag tag-warn block" data-testid="conflict-flag">
                      {t('conflict.title')}
                    </span>
                  )}
                  {c.deadline_at && (
                    <span class={c.overdue ? 'deadline overdue block' : 'deadline block'}>
                      {t('case.deadlineAt', { at: dateTime(c.deadline_at, info?.zone ?? 'WIB') })}
                      {c.overdue && <strong> · {t('cases.overdue')}</strong>}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

function stepTo(history: CaseStep[], status: string): CaseStep | undefined {
  return [...history].reverse().find((s) => s.to === status);
}

export function PpkDecision({ id }: { id: string }) {
  const { t, tOr, dateTime } = useI18n();
  const data = useLoad((signal) => get<CaseDetail>(`/cases/${encodeURIComponent(id)}`, undefined, signal), [id]);
  const [done, setDone] = useState<CaseSummary | null>(null);
  const regions = useRegionInfo(data.data ? [data.data.region_code] : []);
  if (data.loading && !data.data) return <Loading />;
  if (!data.data) {
    return (
      <>
        <PageTitle title={t('nav.ppk')}>{t('nav.ppk')}</PageTitle>
        <ProblemMessage error={data.error} />
      </>
    );
  }
  const c = data.data;
  const info = regions[c.region_code];
  const zone = info?.zone ?? 'WIB';
  const recommendation = stepTo(c.history, 'FORWARDED_BKN');
  const bkn = stepTo(c.history, 'AWAITING_PPK');
  return (
    <>
      <p class="breadcrumb">
        <Link href="/ppk">{t('nav.ppk')}</Link>
      </p>
      <PageTitle title={c.number}>{t('ppk.decide', { number: c.number })}</PageTitle>
      <CaseHeader data={c} zone={zone} />
      <ConflictWarning data={c} />
      {done && (
        <p class="alert alert-ok" role="status" data-testid="ppk-done">
          {t('ppk.recorded', { status: tOr(`status.${done.status}`, done.status) })}{' '}
          <Link href={`/kasus/${c.id}`}>{t('ppk.openCase')}</Link>
        </p>
      )}
      <CaseFacts data={c} zone={zone} regionName={info?.name} />
      <div class="facts">
        {recommendation && (
          <section class="card">
            <h2>{t('ppk.recommendation')}</h2>
            <p class="muted small">{dateTime(recommendation.at, zone)}</p>
            <FieldValues fields={recommendation.fields} />
          </section>
        )}
        {bkn && (
          <section class="card">
            <h2>{t('ppk.bknResult')}</h2>
            <p class="muted small">{dateTime(bkn.at, zone)}</p>
            <FieldValues fields={bkn.fields} />
          </section>
        )}
      </div>
      <SanctionProposalView proposal={c.sanction_proposal} />
      <Moves
        data={c}
        onMoved={(moved) => {
          setDone(moved);
          data.reload();
        }}
      />
      <details class="card">
        <summary>{t('case.timeline')}</summary>
        <Timeline history={c.history} receivedAt={c.received_at} zone={zone} files={c.documents} />
      </details>
    </>
  );
}
