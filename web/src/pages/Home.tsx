import { get } from '../api';
import { PageTitle, useLoad } from '../components';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { Link } from '../router';
import { canOpen, useSession } from '../session';
import type { Screen } from '../session';
import { EMPLOYEE_TYPES } from '../types';
import type { EmployeeType, Page } from '../types';

interface Counts {
  employees: number;
  agencies: number;
  byType: { type: EmployeeType; total: number }[];
}

const TILES: { screen: Screen; href: string; title: MessageKey; text: MessageKey }[] = [
  { screen: 'regions', href: '/wilayah', title: 'nav.regions', text: 'home.regions' },
  { screen: 'agencies', href: '/instansi', title: 'nav.agencies', text: 'home.agencies' },
  { screen: 'employees', href: '/pegawai', title: 'nav.employees', text: 'home.employees' },
  { screen: 'import', href: '/impor', title: 'nav.import', text: 'home.import' },
  { screen: 'users', href: '/pengguna', title: 'nav.users', text: 'home.users' },
  { screen: 'cases', href: '/kasus', title: 'nav.cases', text: 'home.cases' },
  { screen: 'finding', href: '/kasus/temuan-baru', title: 'nav.finding', text: 'home.finding' },
  { screen: 'ppk', href: '/ppk', title: 'nav.ppk', text: 'home.ppk' },
];

export function Home() {
  const { t, num, tOr } = useI18n();
  const { user, regionName } = useSession();
  const staff = canOpen(user.role, 'employees');
  const counts = useLoad<Counts | null>(
    async (signal) => {
      if (!staff) return null;
      const [employees, agencies, ...byType] = await Promise.all([
        get<Page<unknown>>('/employees', { limit: 1 }, signal),
        get<Page<unknown>>('/agencies', { limit: 1 }, signal),
        ...EMPLOYEE_TYPES.map((type) => get<Page<unknown>>('/employees', { type, limit: 1 }, signal)),
      ]);
      return {
        employees: employees!.total,
        agencies: agencies!.total,
        byType: EMPLOYEE_TYPES.map((type, i) => ({ type, total: byType[i]!.total })),
      };
    },
    [staff],
  );

  return (
    <>
      <PageTitle title={t('nav.home')}>{t('home.greeting', { name: user.display_name || user.username })}</PageTitle>
      <p class="lead">
        {t('home.scope', {
          role: tOr(`role.${user.role}`, user.role),
          region: user.region_code === '' ? t('region.nation') : regionName ?? user.region_code,
        })}
      </p>
      {counts.data && (
        <dl class="stats">
          <div>
            <dt>{t('home.countEmployees')}</dt>
            <dd data-testid="count-employees">{num(counts.data.employees)}</dd>
          </div>
          <div>
            <dt>{t('home.countAgencies')}</dt>
            <dd data-testid="count-agencies">{num(counts.data.agencies)}</dd>
          </div>
          {counts.data.byType.map(({ type, total }) => (
            <div key={type} class="stat-minor">
              <dt>{t(`type.${type}`)}</dt>
              <dd>
                <Link href={`/pegawai?type=${type}`} data-testid={`count-${type}`}>
                  {num(total)}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <ul class="tiles">
        {TILES.filter((tile) => canOpen(user.role, tile.screen)).map((tile) => (
          <li key={tile.href}>
            <Link href={tile.href} class="tile">
              <strong>{t(tile.title)}</strong>
              <span>{t(tile.text)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
