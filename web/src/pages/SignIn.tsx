import { useState } from 'preact/hooks';
import { post, setCsrfToken } from '../api';
import { PageTitle, ProblemMessage, useSubmit } from '../components';
import { Link } from '../router';
import { RULES_PATH } from './Rules';
import { useI18n } from '../i18n';
import type { Session } from '../types';

export function SignIn({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmit(
    async () => {
      const session = await post<Session>('/auth/login', { username: username.trim(), password });
      setCsrfToken(session.csrf_token);
      onSignedIn(session);
    },
    () => setPassword(''),
  );

  return (
    <main id="main" class="signin">
      <div class="card signin-card">
        <PageTitle title={t('signin.title')}>{t('signin.title')}</PageTitle>
        <p class="muted">{t('signin.lead')}</p>
        <form onSubmit={submit} class="stack">
          <label class="field">
            <span>{t('signin.username')}</span>
            <input
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellcheck={false}
              required
              value={username}
              onInput={(e) => setUsername(e.currentTarget.value)}
            />
          </label>
          <label class="field">
            <span>{t('signin.password')}</span>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </label>
          <ProblemMessage error={error} />
          <button type="submit" class="primary" disabled={busy}>
            {busy ? t('signin.busy') : t('signin.submit')}
          </button>
        </form>
        <p class="signin-rules">
          <Link href={RULES_PATH}>{t('signin.rulesLink')}</Link>
        </p>
      </div>
      <aside class="card signin-card public-links" aria-labelledby="public-title">
        <h2 id="public-title">{t('signin.publicTitle')}</h2>
        <p class="muted small">{t('signin.publicLead')}</p>
        <ul>
          <li>
            <Link href="/lapor">{t('signin.toReport')}</Link>
          </li>
          <li>
            <Link href="/lacak">{t('signin.toTrack')}</Link>
          </li>
        </ul>
      </aside>
    </main>
  );
}
