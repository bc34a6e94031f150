import { get } from '../api';
import { Fact, Loading, PageTitle, ProblemMessage, useLoad } from '../components';
import { useI18n } from '../i18n';
import { formatNip } from '../nip';
import { Link } from '../router';
import { useRegionNames } from '../regionNames';
import type { EmployeeDetail as Detail } from '../types';

export function EmployeeDetail({ id }: { id: string }) {
  const { t, date, month } = useI18n();
  const data = useLoad((signal) => get<Detail>(`/employees/${encodeURIComponent(id)}`, undefined, signal), [id]);
  // docs/api.md promises region_name; until every server sends it, look the name up.
  const regionNames = useRegionNames(data.data && !data.data.region_name ? [data.data.region_code] : []);

  if (data.loading) return <Loading />;
  if (!data.data) {
    return (
      <>
        <PageTitle title={t('nav.employees')}>{t('nav.employees')}</PageTitle>
        <ProblemMessage error={data.error} />
      </>
    );
  }
  const employee = data.data;
  const info = employee.nip_info ?? null;
  const gender = employee.gender || info?.gender || '';
  return (
    <>
      <p class="breadcrumb">
        <Link href="/pegawai">{t('nav.employees')}</Link>
      </p>
      <PageTitle title={employee.name}>{employee.name}</PageTitle>
      <dl class="facts card">
        <Fact label="employee.nip">
          {employee.nip ? (
            <code class="nip" data-testid="nip">
              {formatNip(employee.nip)}
            </code>
          ) : (
            <span class="muted">{t('employee.noNip')}</span>
          )}
        </Fact>
        {info && (
          <>
            <Fact label="employee.birthDate">{date(info.birth_date)}</Fact>
            <Fact label="employee.appointment">{month(info.appointment)}</Fact>
          </>
        )}
        {gender && <Fact label="employee.gender">{t(gender === 'P' ? 'gender.P' : 'gender.L')}</Fact>}
        <Fact label="filter.type">{t(`type.${employee.type}`)}</Fact>
        <Fact label="filter.position">{t(`position.${employee.position}`)}</Fact>
        {employee.position_title && <Fact label="employee.positionTitle">{employee.position_title}</Fact>}
        {employee.golongan && <Fact label="employee.golongan">{employee.golongan}</Fact>}
        <Fact label="filter.agency">
          <Link href={`/instansi/${employee.agency_id}`}>{employee.agency_name}</Link>
        </Fact>
        {employee.unit_name && <Fact label="filter.unit">{employee.unit_name}</Fact>}
        <Fact label="filter.region">
          {employee.region_name ?? regionNames[employee.region_code] ?? ''} <code>{employee.region_code}</code>
        </Fact>
      </dl>
      {info && <p class="muted small">{t('employee.nipNote')}</p>}
    </>
  );
}
