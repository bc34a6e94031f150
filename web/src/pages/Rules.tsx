// "Boleh atau tidak?": the public violation catalog for citizens and civil
// servants, no account needed. Search words and the date live in the query
// string (?q=&tanggal=), so a shared link shows the same answer.

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { get } from '../api';
import { PageTitle, ProblemMessage, useLoad } from '../components';
import { useI18n } from '../i18n';
import { navigate, useLocation } from '../router';
import type { CatalogPage, CatalogViolation } from '../types';

export const RULES_PATH = '/boleh-atau-tidak';

export function Rules() {
  const { t, num, date } = useI18n();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const day = query.get('tanggal') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const found = useLoad((signal) => get<CatalogPage>('/catalog/violations', { q, date: day }, signal), [q, day]);

  const go = (nextQ: string, nextDay: string) => {
    const params = new URLSearchParams();
    if (nextQ.trim()) params.set('q', nextQ.trim());
    if (nextDay) params.set('tanggal', nextDay);
    const search = params.toString();
    navigate(search ? `${RULES_PATH}?${search}` : RULES_PATH, { replace: true });
  };

  const submit = (event: JSX.TargetedEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(text, day);
  };

  return (
    <>
      <PageTitle title={t('rules.title')}>{t('rules.title')}</PageTitle>
      <p class="lead">{t('rules.lead')}</p>
      <form class="card rules-search" role="search" onSubmit={submit}>
        <label class="field">
          <span>{t('rules.searchLabel')}</span>
          <input
            type="search"
            name="q"
            value={text}
            placeholder={t('rules.searchPlaceholder')}
            maxLength={200}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <label class="field rules-date">
          <span>{t('rules.dateLabel')}</span>
          <input type="date" name="tanggal" value={day} onChange={(e) => go(text, e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          {t('common.search')}
        </button>
      </form>
      <ProblemMessage error={found.error} />
      {found.data && (
        <p class="muted" role="status" data-testid="rules-count">
          {t('rules.count', { count: num(found.data.total), date: date(found.data.date) })}
        </p>
      )}
      {found.loading && !found.data && <p class="muted">{t('common.loading')}</p>}
      {found.data && found.data.total === 0 && <p>{t('rules.none')}</p>}
      <ul class="rules-list">
        {found.data?.items.map((item) => (
          <li key={`${item.code}-${item.valid_from}`}>
            <RuleCard item={item} />
          </li>
        ))}
      </ul>
      <p class="muted small">{t('rules.disclaimer')}</p>
    </>
  );
}

function RuleCard({ item }: { item: CatalogViolation }) {
  const { t, pick, date } = useI18n();
  const allowed = item.examples.filter((e) => e.allowed);
  const forbidden = item.examples.filter((e) => !e.allowed);
  return (
    <article class="card rule" data-code={item.code}>
      <header class="rule-head">
        <h2>{pick(item.title, item.title_en)}</h2>
        <span class="tag">{item.code}</span>
      </header>
      <p class="rule-answer">{pick(item.explain, item.explain_en)}</p>
      {forbidden.length > 0 && (
        <div class="rule-examples no">
          <h3>
            <span aria-hidden="true">✗ </span>
            {t('rules.notAllowed')}
          </h3>
          <ul>
            {forbidden.map((e) => (
              <li key={e.text}>{pick(e.text, e.text_en)}</li>
            ))}
          </ul>
        </div>
      )}
      {allowed.length > 0 && (
        <div class="rule-examples yes">
          <h3>
            <span aria-hidden="true">✓ </span>
            {t('rules.allowed')}
          </h3>
          <ul>
            {allowed.map((e) => (
              <li key={e.text}>{pick(e.text, e.text_en)}</li>
            ))}
          </ul>
        </div>
      )}
      <dl class="rule-facts">
        <dt>{t('rules.sanction')}</dt>
        <dd>{pick(item.sanction, item.sanction_en)}</dd>
        <dt>{t('rules.basis')}</dt>
        <dd>{item.legal_basis.join('; ')}</dd>
        {item.refer_to.length > 0 && (
          <>
            <dt>{t('rules.referTo')}</dt>
            <dd>{item.refer_to.map((a) => pick(a.name, a.name_en)).join(', ')}</dd>
          </>
        )}
        <dt>{t('rules.validity')}</dt>
        <dd>
          {item.valid_to
            ? t('rules.validRange', { from: date(item.valid_from), to: date(item.valid_to) })
            : t('rules.validFrom', { from: date(item.valid_from) })}
        </dd>
      </dl>
      {item.confidence !== 'confirmed' && (
        <details class="rule-unconfirmed">
          <summary>{t('rules.unconfirmed')}</summary>
          <ul>
            {item.open_questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
