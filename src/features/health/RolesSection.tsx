// Community roles (docs/contract.md "Community roles"): the answer first — which roles nobody holds, which rest on
// one person — then every role with its target (edited in place), coverage, gap, status, holders and candidates.
// A missing role is the first thing to fix (a community most often fades with no one in its leading roles), so it
// is a warning line in words, never colour alone.
import { useMemo, useState } from 'react';
import { rolesModel, type RoleCoverage } from '../../domain/roles';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { ROLES_CSV_WORDS, rolesTable } from '../../io/rolesCsv';
import { useAnalysedWorkspace, useAnalysis } from '../../store/analysis';
import { useLocale, useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';
import type { SectionProps } from './sectionProps';
import { PeopleButtons } from './PeopleButtons';
import { RoleTargetInput } from './RoleTargetInput';

type SortKey = 'default' | 'role' | 'target' | 'coverage' | 'gap' | 'status';
const SORTABLE: Exclude<SortKey, 'default'>[] = ['role', 'target', 'coverage', 'gap', 'status'];
const NUMERIC: Partial<Record<SortKey, (r: RoleCoverage) => number>> = {
  target: (r) => r.target,
  coverage: (r) => r.coverage,
  gap: (r) => r.gap,
};
const STATUS_ORDER = { gap: 0, single_holder: 1, covered: 2 };

/** A role as the UI names it: a known role by its word in the UI language, a free tag as written. */
export function roleLabel(role: RoleCoverage, t: Translate): string {
  return role.known ? t(`roles.name.${role.known}` as MessageKey) : (role.label ?? role.key);
}

export function RolesSection({ ExportButton }: SectionProps) {
  const t = useT();
  const locale = useLocale();
  const analysis = useAnalysis();
  const apply = useWorkspace((s) => s.apply);
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'default', desc: false });
  // The analysis may be one made for an earlier plan (store/analysis.ts reuses it across plan edits): the role
  // targets are read from the workspace it stands for now.
  const workspace = useAnalysedWorkspace();
  const roles = useMemo(
    () => rolesModel(analysis, workspace.plan.roleTargets, locale),
    [analysis, workspace, locale],
  );

  const rows = useMemo(() => {
    if (sort.key === 'default') return roles;
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const numeric = NUMERIC[sort.key];
    const compare = (a: RoleCoverage, b: RoleCoverage): number => {
      if (numeric) return numeric(a) - numeric(b);
      if (sort.key === 'status') return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
      return collator.compare(roleLabel(a, t), roleLabel(b, t));
    };
    // A stable sort over the model's order keeps ties with the known roles first.
    return [...roles].sort((a, b) => (sort.desc ? -compare(a, b) : compare(a, b)));
  }, [roles, sort, locale, t]);
  const toggle = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: NUMERIC[key] !== undefined }));

  const wanted = roles.filter((r) => r.target > 0);
  const missing = wanted.filter((r) => r.coverage === 0);
  const single = roles.filter((r) => r.coverage === 1);
  const short = wanted.filter((r) => r.coverage > 0 && r.gap > 0);
  const count = (status: RoleCoverage['status']) => roles.filter((r) => r.status === status).length;
  const names = (list: RoleCoverage[]) => list.map((r) => roleLabel(r, t)).join(', ');
  const noRoles = analysis.workspace.members.every((m) => m.roles.length === 0);

  return (
    <div className="roles-section">
      <div className="view-toolbar">
        <p className="roles-summary" role="status">
          {t('roles.summary', {
            count: roles.length,
            gap: count('gap'),
            single: count('single_holder'),
            covered: count('covered'),
          })}
        </p>
        <UndoButton />
        <ExportButton
          label={t('roles.export')}
          fileName={t('csv.rolesFileName')}
          disabled={analysis.workspace.members.length === 0}
          table={(lang) => rolesTable(roles, ROLES_CSV_WORDS[lang])}
        />
      </div>
      <div className="roles-answer">
        {missing.length > 0 ? (
          <p className="roles-missing">
            <strong>
              <span aria-hidden="true">⚠ </span>
              {t('roles.missing', { roles: names(missing) })}
            </strong>{' '}
            <span>{t('roles.missing.why')}</span>
          </p>
        ) : (
          <p>{t('roles.missing.none')}</p>
        )}
        {single.length > 0 && (
          <p className="roles-single">
            {t('roles.single', {
              roles: single
                .map((r) => t('roles.withHolder', { role: roleLabel(r, t), name: r.holders[0].name }))
                .join(', '),
            })}
          </p>
        )}
        {short.length > 0 && <p>{t('roles.short', { roles: names(short) })}</p>}
        {noRoles && <p className="muted">{t('roles.noRoles')}</p>}
        <p className="muted">{t('roles.caption')}</p>
      </div>
      <div className="table-scroll">
        <table className="gap-table roles-table">
          <caption className="visually-hidden">{t('health.section.roles')}</caption>
          <thead>
            <tr>
              {SORTABLE.map((key) => (
                <th
                  key={key}
                  scope="col"
                  aria-sort={sort.key === key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                >
                  <button type="button" className="sort" onClick={() => toggle(key)}>
                    {t(`roles.col.${key}` as MessageKey)}
                    <span aria-hidden="true">{sort.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('roles.col.holders')}</th>
              <th scope="col">{t('roles.col.candidates')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((role) => (
              <tr key={role.key} className={`row-${role.status}`}>
                <th scope="row">
                  {roleLabel(role, t)}
                  {!role.known && (
                    <>
                      {' '}
                      <span className="roles-free muted">({t('roles.freeTag')})</span>
                    </>
                  )}
                </th>
                <td className="roles-target">
                  <RoleTargetInput
                    roleKey={role.key}
                    roleLabel={roleLabel(role, t)}
                    target={role.target}
                    apply={apply}
                    t={t}
                  />
                </td>
                <td className="num">{role.coverage}</td>
                <td className="num">{role.gap}</td>
                <td>
                  <span className={`badge badge-${role.status}`}>
                    {t(`status.${role.status}` as MessageKey)}
                  </span>
                </td>
                <td>
                  <PeopleButtons people={role.holders} empty={t('roles.nobody')} />
                </td>
                <td>
                  <PeopleButtons people={role.candidates} empty={t('roles.nobody')} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Undo for the last edit of any kind (the store keeps one line of edits): a mistyped target is one click away. */
function UndoButton() {
  const t = useT();
  const canUndo = useWorkspace((s) => s.undoStack.length > 0);
  const undoEdit = useWorkspace((s) => s.undoEdit);
  return (
    <button type="button" className="button small" disabled={!canUndo} onClick={() => undoEdit()}>
      {t('targets.undo')}
    </button>
  );
}
