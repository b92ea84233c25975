// The four tables of an intakes comparison: coverage per category then → now, skills whose status changed,
// ambassadors who joined or left, roles filled or lost. They show `compareSnapshots`' result; nothing is
// recomputed here.
import type { CategoryState } from '../../domain/categoryCoverage';
import type {
  AmbassadorWas,
  CategoryChange,
  IntakeComparison,
  RoleChange,
  SkillChange,
} from '../../domain/intakes';
import { nameComparator } from '../../domain/normalise';
import type { Member, SkillStatus } from '../../domain/types';
import type { MessageKey } from '../../i18n/i18n';
import { useLocale, useNumberFormat, useT } from '../../store/ui';
import { IntakesTable, signed, type IntakesColumn } from './IntakesTable';
import { skillChangeKinds, type SkillChangeKind } from './intakeText';

const STATUS_ORDER: Record<SkillStatus, number> = { gap: 0, single_holder: 1, covered: 2 };

function StatusBadge({ status }: { status: SkillStatus | undefined }) {
  const t = useT();
  if (!status) return <>{t('intakes.absent')}</>;
  return <span className={`badge badge-${status}`}>{t(`status.${status}` as MessageKey)}</span>;
}

function ChangeBadge({ kind }: { kind: string }) {
  const t = useT();
  return (
    <span className={`badge intakes-change intakes-change-${kind}`}>
      {t(`intakes.change.${kind}` as MessageKey)}
    </span>
  );
}

function useCompareText() {
  const collator = nameComparator(useLocale());
  return collator;
}

export function CategoryTable({ comparison }: { comparison: IntakeComparison }) {
  const t = useT();
  const { num } = useNumberFormat();
  const byName = useCompareText();
  const name = (c: CategoryChange) => c.category || t('category.uncategorised');
  const value = (s: CategoryState | null, pick: 'coverage' | 'gap') =>
    s ? num(s[pick]) : t('intakes.absent');
  const delta = (c: { then: CategoryState | null; now: CategoryState | null }, pick: 'coverage' | 'gap') =>
    (c.now?.[pick] ?? 0) - (c.then?.[pick] ?? 0);
  const numeric = (pick: (c: CategoryChange) => number) => (a: CategoryChange, b: CategoryChange) =>
    pick(a) - pick(b);
  const columns: IntakesColumn<CategoryChange>[] = [
    {
      key: 'category',
      label: t('intakes.col.category'),
      cell: name,
      compare: (a, b) => byName(name(a), name(b)),
    },
    ...(['coverage', 'gap'] as const).flatMap((pick): IntakesColumn<CategoryChange>[] => [
      {
        key: `${pick}Then`,
        label: t(`intakes.col.${pick}Then`),
        cell: (c) => value(c.then, pick),
        compare: numeric((c) => c.then?.[pick] ?? -1),
        numeric: true,
      },
      {
        key: `${pick}Now`,
        label: t(`intakes.col.${pick}Now`),
        cell: (c) => value(c.now, pick),
        compare: numeric((c) => c.now?.[pick] ?? -1),
        numeric: true,
      },
      {
        key: `${pick}Change`,
        label: t(`intakes.col.${pick}Change`),
        cell: (c) => signed(delta(c, pick), num),
        compare: numeric((c) => delta(c, pick)),
        numeric: true,
      },
    ]),
  ];
  const { total } = comparison;
  return (
    <section className="intakes-part" aria-labelledby="intakes-categories-title">
      <h4 id="intakes-categories-title">{t('intakes.categories.title')}</h4>
      <p className="muted">{t('intakes.categories.intro')}</p>
      <IntakesTable
        caption={t('intakes.categories.title')}
        columns={columns}
        rows={comparison.categories}
        rowKey={(c) => c.category}
        foot={
          <tr>
            <th scope="row">{t('intakes.total')}</th>
            {(['coverage', 'gap'] as const).map((pick) => (
              <TotalCells key={pick} then={total.then[pick]} now={total.now[pick]} num={num} />
            ))}
          </tr>
        }
      />
    </section>
  );
}

function TotalCells({ then, now, num }: { then: number; now: number; num: (n: number) => string }) {
  return (
    <>
      <td className="num">{num(then)}</td>
      <td className="num">{num(now)}</td>
      <td className="num">{signed(now - then, num)}</td>
    </>
  );
}

interface SkillRow {
  skill: SkillChange;
  kind: SkillChangeKind;
}

const KIND_ORDER: SkillChangeKind[] = [
  'gap_opened',
  'became_single',
  'removed',
  'gap_closed',
  'no_longer_single',
  'added',
];

export function SkillChangesTable({ comparison }: { comparison: IntakeComparison }) {
  const t = useT();
  const { num } = useNumberFormat();
  const byName = useCompareText();
  const kinds = skillChangeKinds(comparison);
  const rows: SkillRow[] = comparison.skills.flatMap((skill) => {
    const kind = kinds.get(skill.key);
    return kind ? [{ skill, kind }] : [];
  });
  const coverage = (r: SkillRow, side: 'then' | 'now') => r.skill[side]?.coverage;
  const columns: IntakesColumn<SkillRow>[] = [
    {
      key: 'skill',
      label: t('intakes.col.skill'),
      cell: (r) => r.skill.name,
      compare: (a, b) => byName(a.skill.name, b.skill.name),
    },
    {
      key: 'category',
      label: t('intakes.col.category'),
      cell: (r) => r.skill.category || t('category.uncategorised'),
      compare: (a, b) => byName(a.skill.category, b.skill.category),
    },
    {
      key: 'change',
      label: t('intakes.col.change'),
      cell: (r) => <ChangeBadge kind={r.kind} />,
      compare: (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
    },
    ...(['then', 'now'] as const).flatMap((side): IntakesColumn<SkillRow>[] => [
      {
        key: `status-${side}`,
        label: t(side === 'then' ? 'intakes.col.statusThen' : 'intakes.col.statusNow'),
        cell: (r) => <StatusBadge status={r.skill[side]?.status} />,
        compare: (a, b) =>
          (a.skill[side] ? STATUS_ORDER[a.skill[side].status] : -1) -
          (b.skill[side] ? STATUS_ORDER[b.skill[side].status] : -1),
      },
      {
        key: `coverage-${side}`,
        label: t(side === 'then' ? 'intakes.col.coverageThen' : 'intakes.col.coverageNow'),
        cell: (r) => {
          const c = coverage(r, side);
          return c === undefined ? t('intakes.absent') : num(c);
        },
        compare: (a, b) => (coverage(a, side) ?? -1) - (coverage(b, side) ?? -1),
        numeric: true,
      },
    ]),
  ];
  return (
    <section className="intakes-part" aria-labelledby="intakes-skills-title">
      <h4 id="intakes-skills-title">{t('intakes.skills.title')}</h4>
      {rows.length === 0 ? (
        <p className="muted">{t('intakes.skills.none')}</p>
      ) : (
        <IntakesTable
          caption={t('intakes.skills.title')}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.skill.key}
        />
      )}
    </section>
  );
}

interface PersonRow {
  member: Member;
  change: 'joined' | 'left';
  before: AmbassadorWas | 'ambassador';
  after: AmbassadorWas | 'ambassador';
}

export function PeopleTable({ comparison }: { comparison: IntakeComparison }) {
  const t = useT();
  const byName = useCompareText();
  const rows: PersonRow[] = [
    ...comparison.joined.map((j): PersonRow => ({
      member: j.member,
      change: 'joined',
      before: j.was,
      after: 'ambassador',
    })),
    ...comparison.left.map((l): PersonRow => ({
      member: l.member,
      change: 'left',
      before: 'ambassador',
      after: l.now,
    })),
  ];
  const standing = (s: PersonRow['before']) => t(`intakes.standing.${s}` as MessageKey);
  const columns: IntakesColumn<PersonRow>[] = [
    {
      key: 'member',
      label: t('intakes.col.member'),
      cell: (r) => r.member.name,
      compare: (a, b) => byName(a.member.name, b.member.name),
    },
    {
      key: 'department',
      label: t('intakes.col.department'),
      cell: (r) => r.member.department,
      compare: (a, b) => byName(a.member.department, b.member.department),
    },
    {
      key: 'change',
      label: t('intakes.col.change'),
      cell: (r) => <ChangeBadge kind={r.change} />,
      compare: (a, b) => a.change.localeCompare(b.change),
    },
    {
      key: 'before',
      label: t('intakes.col.before'),
      cell: (r) => standing(r.before),
      compare: (a, b) => byName(standing(a.before), standing(b.before)),
    },
    {
      key: 'after',
      label: t('intakes.col.after'),
      cell: (r) => standing(r.after),
      compare: (a, b) => byName(standing(a.after), standing(b.after)),
    },
  ];
  return (
    <section className="intakes-part" aria-labelledby="intakes-people-title">
      <h4 id="intakes-people-title">{t('intakes.people.title')}</h4>
      {rows.length === 0 ? (
        <p className="muted">{t('intakes.people.none')}</p>
      ) : (
        <IntakesTable
          caption={t('intakes.people.title')}
          columns={columns}
          rows={rows}
          rowKey={(r) => `${r.change}:${r.member.key}`}
        />
      )}
    </section>
  );
}

interface RoleRow {
  role: RoleChange;
  label: string;
  change: 'filled' | 'lost' | 'holders';
}

export function RoleChangesTable({
  comparison,
  roleName,
}: {
  comparison: IntakeComparison;
  roleName: (key: string) => string;
}) {
  const t = useT();
  const byName = useCompareText();
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((n, i) => n === b[i]);
  const rows: RoleRow[] = comparison.roles.flatMap((role): RoleRow[] => {
    if (same(role.then, role.now)) return [];
    const change = role.then.length === 0 ? 'filled' : role.now.length === 0 ? 'lost' : 'holders';
    return [{ role, label: roleName(role.role), change }];
  });
  const holders = (names: string[]) => (names.length > 0 ? names.join(', ') : t('intakes.nobody'));
  const columns: IntakesColumn<RoleRow>[] = [
    {
      key: 'role',
      label: t('intakes.col.role'),
      cell: (r) => r.label,
      compare: (a, b) => byName(a.label, b.label),
    },
    {
      key: 'change',
      label: t('intakes.col.change'),
      cell: (r) => <ChangeBadge kind={r.change} />,
      compare: (a, b) => a.change.localeCompare(b.change),
    },
    { key: 'then', label: t('intakes.col.holdersThen'), cell: (r) => holders(r.role.then) },
    { key: 'now', label: t('intakes.col.holdersNow'), cell: (r) => holders(r.role.now) },
  ];
  return (
    <section className="intakes-part" aria-labelledby="intakes-roles-title">
      <h4 id="intakes-roles-title">{t('intakes.roles.title')}</h4>
      {rows.length === 0 ? (
        <p className="muted">{t('intakes.roles.none')}</p>
      ) : (
        <IntakesTable
          caption={t('intakes.roles.title')}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.role.role}
        />
      )}
    </section>
  );
}
