// The application shell: session check, header with navigation by role,
// language switch and sign-out, and the routes.

import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { get, onUnauthenticated, post, setCsrfToken } from './api';
import { PageTitle } from './components';
import { I18nContext, makeI18n, rememberLang, storedLang, useI18n } from './i18n';
import type { Lang, MessageKey } from './i18n';
import { Link, match, navigate, useLocation } from './router';
import { canOpen, SessionContext, useSession } from './session';
import type { Screen, SessionState } from './session';
import type { RegionWithPath, Session } from './types';
import { AlertDetail, Alerts } from './pages/Alerts';
import { Agencies } from './pages/Agencies';
import { AgencyDetail } from './pages/AgencyDetail';
import { EmployeeDetail } from './pages/EmployeeDetail';
import { Employees } from './pages/Employees';
import { Home } from './pages/Home';
import { Import } from './pages/Import';
import { Regions } from './pages/Regions';
import { Rules, RULES_PATH } from './pages/Rules';
import { SignIn } from './pages/SignIn';
import { Users } from './pages/Users';
import { Coverage, NewPledgeEvent, PledgeCodes, PledgeEventDetail, PledgeEvents, PledgeTexts } from './pages/Pledges';
import { SignPledge, VerifyCertificate } from './pages/PledgePublic';
import { CaseDetail } from './pages/CaseDetail';
import { Cases } from './pages/Cases';
import { Finding } from './pages/Finding';
import { PpkDecision, PpkInbox } from './pages/Ppk';
import { Report } from './pages/Report';
import { Track } from './pages/Track';

const SIGN_IN = '/masuk';
const SIGN_PLEDGE = '/ikrar/tandatangan';
const VERIFY = '/verifikasi';
const REPORT = '/lapor';
const TRACK = '/lacak';

/**
 * Screens anyone may open without an account (and with one): reporting and
 * tracking a report, signing a pledge with a one-time code, verifying a
 * certificate, and the rules.
 */
function isPublicPath(path: string): boolean {
  return (
    path === REPORT ||
    path === TRACK ||
    path === SIGN_PLEDGE ||
    path === VERIFY ||
    path.startsWith(`${VERIFY}/`) ||
    path === RULES_PATH
  );
}

function PublicRoutes({ path }: { path: string }) {
  if (path === REPORT) return <Report />;
  if (path === TRACK) return <Track />;
  if (path === SIGN_PLEDGE) return <SignPledge asn={false} />;
  if (path === RULES_PATH) return <Rules />;
  const params = match('/verifikasi/:number', path);
  return <VerifyCertificate number={params?.number ?? ''} />;
}

const NAV: { screen: Screen; href: string; label: MessageKey }[] = [
  { screen: 'home', href: '/', label: 'nav.home' },
  { screen: 'regions', href: '/wilayah', label: 'nav.regions' },
  { screen: 'agencies', href: '/instansi', label: 'nav.agencies' },
  { screen: 'employees', href: '/pegawai', label: 'nav.employees' },
  { screen: 'import', href: '/impor', label: 'nav.import' },
  { screen: 'users', href: '/pengguna', label: 'nav.users' },
  { screen: 'pledgeEvents', href: '/ikrar/kegiatan', label: 'nav.pledgeEvents' },
  { screen: 'coverage', href: '/ikrar/cakupan', label: 'nav.coverage' },
  { screen: 'codes', href: '/ikrar/kode', label: 'nav.codes' },
  { screen: 'texts', href: '/ikrar/naskah', label: 'nav.texts' },
  { screen: 'sign', href: SIGN_PLEDGE, label: 'nav.sign' },
  { screen: 'cases', href: '/kasus', label: 'nav.cases' },
  { screen: 'finding', href: '/kasus/temuan-baru', label: 'nav.finding' },
  { screen: 'ppk', href: '/ppk', label: 'nav.ppk' },
  { screen: 'alerts', href: '/peringatan', label: 'nav.alerts' },
  { screen: 'rules', href: RULES_PATH, label: 'nav.rules' },
];

export function App() {
  const [lang, setLang] = useState<Lang>(storedLang);
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [region, setRegion] = useState<{ name: string | null; zone: string }>({ name: null, zone: 'WIB' });
  const location = useLocation();

  const changeLang = (next: Lang) => {
    rememberLang(next);
    setLang(next);
  };

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    onUnauthenticated(() => setSession(null));
    get<Session>('/auth/me').then(
      (current) => {
        setCsrfToken(current.csrf_token);
        setSession(current);
      },
      () => setSession(null),
    );
  }, []);

  // Without a session every path shows sign-in at /masuk, remembering where the user was going.
  useEffect(() => {
    if (session === null && location.path !== SIGN_IN && !isPublicPath(location.path)) {
      const here = location.path + (location.query.toString() ? `?${location.query.toString()}` : '');
      navigate(`${SIGN_IN}${here === '/' ? '' : `?next=${encodeURIComponent(here)}`}`, { replace: true });
    } else if (session && location.path === SIGN_IN) {
      const next = location.query.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    }
  }, [session, location.path]);

  const code = session?.user.region_code;
  useEffect(() => {
    if (code === undefined) return;
    if (code === '') {
      setRegion({ name: null, zone: 'WIB' });
      return;
    }
    get<RegionWithPath>(`/regions/${encodeURIComponent(code)}`).then(
      (found) => setRegion({ name: found.region.name, zone: found.region.time_zone || found.path[0]?.time_zone || 'WIB' }),
      () => setRegion({ name: null, zone: 'WIB' }),
    );
  }, [code]);

  const signOut = () => {
    void post<void>('/auth/logout')
      .catch(() => undefined)
      .finally(() => {
        setCsrfToken(null);
        setSession(null);
      });
  };

  const state: SessionState | null = useMemo(
    () => (session ? { user: session.user, regionName: region.name, zone: region.zone, signOut } : null),
    [session, region],
  );

  return (
    <I18nContext.Provider value={i18n}>
      <a class="skip" href="#main">
        {i18n.t('common.skip')}
      </a>
      {state ? (
        <SessionContext.Provider value={state}>
          <Shell lang={lang} onLang={changeLang} />
        </SessionContext.Provider>
      ) : (
        <>
          <header class="topbar">
            <div class="topbar-inner">
              <span class="brand">Netra</span>
              <nav class="public-nav" aria-label={i18n.t('nav.public')}>
                <Link href="/lapor" aria-current={location.path === '/lapor' ? 'page' : undefined}>
                  {i18n.t('nav.report')}
                </Link>
                <Link href="/lacak" aria-current={location.path === '/lacak' ? 'page' : undefined}>
                  {i18n.t('nav.track')}
                </Link>
                <Link href={RULES_PATH} aria-current={location.path === RULES_PATH ? 'page' : undefined}>
                  {i18n.t('nav.rules')}
                </Link>
                <Link href={SIGN_IN} aria-current={location.path === SIGN_IN ? 'page' : undefined}>
                  {i18n.t('nav.signIn')}
                </Link>
              </nav>
              <LangSwitch lang={lang} onLang={changeLang} />
            </div>
          </header>
          {session === undefined ? (
            <main id="main" class="content">
              <p class="muted" role="status">
                {i18n.t('common.loading')}
              </p>
            </main>
          ) : isPublicPath(location.path) ? (
            <main id="main" class="content public">
              <PublicRoutes path={location.path} />
            </main>
          ) : (
            <SignIn
              onSignedIn={(signedIn) => {
                setSession(signedIn);
              }}
            />
          )}
        </>
      )}
    </I18nContext.Provider>
  );
}

function LangSwitch({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const { t } = useI18n();
  return (
    <div class="lang" role="group" aria-label={t('lang.label')}>
      <button type="button" lang="id" aria-pressed={lang === 'id'} title="Bahasa Indonesia" onClick={() => onLang('id')}>
        ID
      </button>
      <button type="button" lang="en" aria-pressed={lang === 'en'} title="English" onClick={() => onLang('en')}>
        EN
      </button>
    </div>
  );
}

function Shell({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const { t, tOr } = useI18n();
  const { user, regionName, signOut } = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => setMenuOpen(false), [location.path]);

  const items = NAV.filter((item) => canOpen(user.role, item.screen));
  // The longest matching entry is the current one (/kasus/temuan-baru is not also /kasus).
  const matches = (href: string) => (href === '/' ? location.path === '/' : location.path === href || location.path.startsWith(`${href}/`));
  const current = items.filter((item) => matches(item.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  const active = (href: string) => href === current;

  return (
    <>
      <header class="topbar">
        <div class="topbar-inner">
          <Link href="/" class="brand">
            Netra
          </Link>
          <button
            type="button"
            class="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen(!menuOpen)}
          >
            {t('nav.menu')}
          </button>
          <nav id="main-nav" class={menuOpen ? 'nav open' : 'nav'} aria-label={t('nav.label')}>
            <ul>
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={active(item.href) ? 'page' : undefined}>
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div class={menuOpen ? 'account open' : 'account'}>
            <div class="who" data-testid="who">
              <strong>{user.display_name || user.username}</strong>
              <span class="small">
                {tOr(`role.${user.role}`, user.role)} · {user.region_code === '' ? t('region.nation') : regionName ?? user.region_code}
              </span>
            </div>
            <LangSwitch lang={lang} onLang={onLang} />
            <button type="button" class="signout" onClick={signOut}>
              {t('nav.signOut')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" class="content">
        <Routes />
      </main>
    </>
  );
}

function Forbidden() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t('error.forbiddenTitle')}>{t('error.forbiddenTitle')}</PageTitle>
      <p>{t('error.forbidden')}</p>
    </>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle title={t('error.notFoundTitle')}>{t('error.notFoundTitle')}</PageTitle>
      <p>
        <Link href="/">{t('error.backHome')}</Link>
      </p>
    </>
  );
}

function Routes() {
  const { path } = useLocation();
  const { user } = useSession();
  const guard = (screen: Screen, view: JSX.Element) => (canOpen(user.role, screen) ? view : <Forbidden />);
  let params: Record<string, string> | null;
  if (match('/', path) || path === SIGN_IN) return <Home />;
  if (match('/wilayah', path)) return <Regions />;
  if (match('/instansi', path)) return guard('agencies', <Agencies />);
  if ((params = match('/instansi/:id', path))) return guard('agencies', <AgencyDetail key={params.id} id={params.id!} />);
  if (match('/pegawai', path)) return guard('employees', <Employees />);
  if ((params = match('/pegawai/:id', path))) return guard('employees', <EmployeeDetail key={params.id} id={params.id!} />);
  if (match('/impor', path)) return guard('import', <Import jobId={null} />);
  if ((params = match('/impor/:id', path))) return guard('import', <Import jobId={params.id!} />);
  if (match('/pengguna', path)) return guard('users', <Users />);
  if (match('/peringatan', path)) return guard('alerts', <Alerts />);
  if ((params = match('/peringatan/:id', path))) return guard('alerts', <AlertDetail key={params.id} id={params.id!} />);
  if (match('/ikrar/kegiatan', path)) return guard('pledgeEvents', <PledgeEvents />);
  if (match('/ikrar/kegiatan/baru', path)) return guard('codes', <NewPledgeEvent />);
  if ((params = match('/ikrar/kegiatan/:id', path))) return guard('pledgeEvents', <PledgeEventDetail key={params.id} id={params.id!} />);
  if (match('/ikrar/cakupan', path)) return guard('coverage', <Coverage />);
  if (match('/ikrar/kode', path)) return guard('codes', <PledgeCodes />);
  if (match('/ikrar/naskah', path)) return guard('texts', <PledgeTexts />);
  if (path === SIGN_PLEDGE) return <SignPledge asn={user.role === 'asn'} />;
  if (path === VERIFY || path.startsWith(`${VERIFY}/`)) return <PublicRoutes path={path} />;
  if (match(RULES_PATH, path)) return <Rules />;
  if (match('/lapor', path)) return <Report />;
  if (match('/lacak', path)) return <Track />;
  if (match('/kasus', path)) return guard('cases', <Cases />);
  if (match('/kasus/temuan-baru', path)) return guard('finding', <Finding />);
  if ((params = match('/kasus/:id', path))) return guard('cases', <CaseDetail key={params.id} id={params.id!} />);
  if (match('/ppk', path)) return guard('ppk', <PpkInbox />);
  if ((params = match('/ppk/:id', path))) return guard('ppk', <PpkDecision key={params.id} id={params.id!} />);
  return <NotFound />;
}
