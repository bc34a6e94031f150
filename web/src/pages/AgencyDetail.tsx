import { get } from '../api';
import { Fact, Loading, PageTitle, ProblemMessage, useLoad } from '../components';
import { useI18n } from '../i18n';
import { Link } from '../router';
import { useRegionNames } from '../regionNames';
import type { Agency, Items, Page, Unit } from '../types';

interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/** Build the unit tree from the flat list, in the order units were created (the agency's own order); a unit whose parent is missing is shown at the top. */
function buildTree(units: Unit[]): UnitNode[] {
  const nodes = new Map<number, UnitNode>();
  for (const unit of units) nodes.set(unit.id, { unit, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parent_id === null ? undefined : nodes.get(node.unit.parent_id);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => a.unit.id - b.unit.id);
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

function UnitTree({ nodes, agencyId }: { nodes: UnitNode[]; agencyId: number }) {
  return (
    <ul class="unit-tree">
      {nodes.map((node) => (
        <li key={node.unit.id}>
          <Link href={`/pegawai?agency_id=${agencyId}&unit_id=${node.unit.id}`}>{node.unit.name}</Link>{' '}
          <code class="muted">{node.unit.code}</code>
          {node.children.length > 0 && <UnitTree nodes={node.children} agencyId={agencyId} />}
        </li>
      ))}
    </ul>
  );
}

export function AgencyDetail({ id }: { id: string }) {
  const { t, tOr, num } = useI18n();
  const data = useLoad(
    async (signal) => {
      const [agency, units, employees] = await Promise.all([
        get<Agency>(`/agencies/${encodeURIComponent(id)}`, undefined, signal),
        get<Items<Unit>>(`/agencies/${encodeURIComponent(id)}/units`, undefined, signal),
        get<Page<unknown>>('/employees', { agency_id: id, limit: 1 }, signal),
      ]);
      return { agency, tree: buildTree(units.items), unitCount: units.items.length, employees: employees.total };
    },
    [id],
  );
  const regionNames = useRegionNames(data.data ? [data.data.agency.region_code] : []);

  if (data.loading) return <Loading />;
  if (!data.data) {
    return (
      <>
        <PageTitle title={t('nav.agencies')}>{t('nav.agencies')}</PageTitle>
        <ProblemMessage error={data.error} />
      </>
    );
  }
  const { agency, tree, unitCount, employees } = data.data;
  const region = regionNames[agency.region_code];
  return (
    <>
      <p class="breadcrumb">
        <Link href="/instansi">{t('nav.agencies')}</Link>
      </p>
      <PageTitle title={agency.name}>{agency.name}</PageTitle>
      <dl class="facts card">
        <Fact label="agencies.code">
          <code>{agency.code}</code>
        </Fact>
        <Fact label="agencies.kind">{tOr(`kind.${agency.kind}`, agency.kind)}</Fact>
        <Fact label="filter.region">
          {region ? `${region} ` : ''}
          <code>{agency.region_code}</code>
        </Fact>
        <Fact label="agency.employees">
          <Link href={`/pegawai?agency_id=${agency.id}`}>{t('agency.employeeCount', { count: num(employees) })}</Link>
        </Fact>
      </dl>
      <section>
        <h2>{t('agency.units', { count: num(unitCount) })}</h2>
        {tree.length === 0 ? <p class="empty">{t('agency.noUnits')}</p> : <UnitTree nodes={tree} agencyId={agency.id} />}
      </section>
    </>
  );
}
