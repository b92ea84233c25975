// The members × skills matrix (docs/contract.md#matrix-view): which members are rows, which skills are columns and
// in what order, under the explorer filter and the Ambassadors/Everyone mode. Rows and columns are index arrays,
// and a cell is looked up in the member's own links, so that 20,000 × 500 builds in milliseconds.
import type { Analysis } from './analysis';
import { memberMask, skillMask, type ExplorerFilter } from './explorerFilter';

/** Ambassadors: members who count as ambassadors, and those marked as leaving; everyone: every member. */
export type MatrixMode = 'ambassadors' | 'everyone';

/** What the rows are sorted by: a member's name or department, or their level in one skill (by workspace index). */
export type MatrixSortKey = { by: 'name' } | { by: 'department' } | { by: 'skill'; skill: number };

export interface MatrixSort {
  key: MatrixSortKey;
  desc: boolean;
}

export const DEFAULT_MATRIX_SORT: MatrixSort = { key: { by: 'name' }, desc: false };

/** A run of columns with one category, in column order: what the header's category band shows. */
export interface ColumnGroup {
  category: string;
  start: number;
  count: number;
}

export interface MatrixModel {
  /** Member indexes, in row order. */
  rows: Uint32Array;
  /** Skill indexes, in column order: by category (uncategorised last), then name. */
  columns: Uint32Array;
  groups: ColumnGroup[];
  /** By skill index: its column, or -1 when the filter hides it. */
  columnOf: Int32Array;
  minLevel: number;
}

export interface MatrixCell {
  level: number;
  interest: boolean;
}

/** Members the matrix and the skill–skill view show: the filter's, among ambassadors (and leavers) or everyone. */
export function shownMembers(analysis: Analysis, filter: ExplorerFilter, mode: MatrixMode): Uint8Array {
  const mask = memberMask(analysis.workspace, filter);
  if (mode === 'ambassadors')
    for (let m = 0; m < mask.length; m++) if (!analysis.ambassador[m] && !analysis.leaver[m]) mask[m] = 0;
  return mask;
}

export function matrixModel(
  analysis: Analysis,
  filter: ExplorerFilter,
  mode: MatrixMode,
  sort: MatrixSort,
  compare: (a: string, b: string) => number,
): MatrixModel {
  const { workspace } = analysis;
  const { skills, members } = workspace;

  const shownSkills = skillMask(analysis, filter);
  const columnList: number[] = [];
  for (let s = 0; s < skills.length; s++) if (shownSkills[s]) columnList.push(s);
  columnList.sort((a, b) => {
    const ca = skills[a].category;
    const cb = skills[b].category;
    if (ca !== cb) return ca === '' ? 1 : cb === '' ? -1 : compare(ca, cb) || (ca < cb ? -1 : 1);
    return compare(skills[a].name, skills[b].name) || a - b;
  });
  const columns = Uint32Array.from(columnList);
  const columnOf = new Int32Array(skills.length).fill(-1);
  const groups: ColumnGroup[] = [];
  columns.forEach((s, c) => {
    columnOf[s] = c;
    const last = groups[groups.length - 1];
    if (last && last.category === skills[s].category) last.count++;
    else groups.push({ category: skills[s].category, start: c, count: 1 });
  });

  const shown = shownMembers(analysis, filter, mode);
  const rowList: number[] = [];
  for (let m = 0; m < members.length; m++) if (shown[m]) rowList.push(m);
  const byName = (a: number, b: number) => analysis.compareNames(members[a], members[b]);
  const sign = sort.desc ? -1 : 1;
  const { key } = sort;
  if (key.by === 'name') rowList.sort((a, b) => sign * byName(a, b));
  else if (key.by === 'department') {
    // Ranks of the few distinct departments, so that 20,000 rows compare numbers rather than collate strings.
    const departments = [...new Set(rowList.map((m) => members[m].department))].sort(compare);
    const rankOf = new Map(departments.map((d, i) => [d, i]));
    const rank = new Uint32Array(members.length);
    for (const m of rowList) rank[m] = rankOf.get(members[m].department)!;
    rowList.sort((a, b) => sign * (rank[a] - rank[b]) || byName(a, b));
  } else {
    // A skill column sorts by the level shown (below the minimum level: none); ties by name, always A–Z.
    const level = new Uint8Array(members.length);
    const { skillStart, bySkill } = analysis.links;
    const levels = workspace.links.level;
    for (let i = skillStart[key.skill]; i < skillStart[key.skill + 1]; i++) {
      const link = bySkill[i];
      if (levels[link] >= filter.minLevel) level[workspace.links.member[link]] = levels[link];
    }
    rowList.sort((a, b) => sign * (level[a] - level[b]) || byName(a, b));
  }

  return { rows: Uint32Array.from(rowList), columns, groups, columnOf, minLevel: filter.minLevel };
}

/** The cell of a row and column: the member's level and interest, or null when there is no link to show. */
export function matrixCell(
  analysis: Analysis,
  model: MatrixModel,
  row: number,
  column: number,
): MatrixCell | null {
  const member = model.rows[row];
  const skill = model.columns[column];
  const { memberStart, byMember } = analysis.links;
  const links = analysis.workspace.links;
  for (let i = memberStart[member]; i < memberStart[member + 1]; i++) {
    const link = byMember[i];
    if (links.skill[link] !== skill) continue;
    if (links.level[link] < model.minLevel) return null;
    return { level: links.level[link], interest: links.interest[link] === 1 };
  }
  return null;
}

/**
 * A whole row by column, for the export, in one pass over the member's links: the level shown (0 = no link shown)
 * and the interest shown (1 = the ★: a link shown, with interest).
 */
export function matrixRow(
  analysis: Analysis,
  model: MatrixModel,
  row: number,
): { levels: Uint8Array; interest: Uint8Array } {
  const levels = new Uint8Array(model.columns.length);
  const interest = new Uint8Array(model.columns.length);
  const member = model.rows[row];
  const { memberStart, byMember } = analysis.links;
  const links = analysis.workspace.links;
  for (let i = memberStart[member]; i < memberStart[member + 1]; i++) {
    const link = byMember[i];
    const column = model.columnOf[links.skill[link]];
    if (column < 0 || links.level[link] < model.minLevel) continue;
    levels[column] = links.level[link];
    if (links.interest[link] === 1) interest[column] = 1;
  }
  return { levels, interest };
}
