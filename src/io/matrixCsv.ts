// The matrix CSV (docs/contract.md#matrix-view): the members × skills matrix as shown (filtered, sorted), one row
// per member with a column per skill holding the level shown (empty: no link, or below the minimum level); and the
// skill–skill pairs as the table lists them. Interest (the ★ on screen) goes in one trailing column listing the skills
// the person wants to develop, so that level cells stay plain numbers a spreadsheet can compute with.
import type { Analysis } from '../domain/analysis';
import { MEMBER_FIELDS, type ColumnLang } from '../domain/fields';
import { matrixRow, type MatrixModel } from '../domain/matrix';
import { pairShare, type SkillPair } from '../domain/skillPairs';
import type { MemberStatus } from '../domain/types';
import type { CsvValue } from './csv';
import { WORKSPACE_CSV_WORDS } from './workspaceCsv';

export const MATRIX_MEMBER_COLUMNS = ['name', 'department', 'location', 'status'] as const;
export const SKILL_PAIR_COLUMNS = [
  'skill',
  'with_skill',
  'both',
  'share_of_skill',
  'share_of_with_skill',
] as const;

type MatrixMemberColumn = (typeof MATRIX_MEMBER_COLUMNS)[number];
type SkillPairColumn = (typeof SKILL_PAIR_COLUMNS)[number];

export interface MatrixCsvWords {
  headers: Record<MatrixMemberColumn, string>;
  /** The trailing column: the shown skills the person wants to develop, joined by `INTEREST_SEPARATOR`. */
  interest: string;
  status: Record<MemberStatus, string>;
  pairHeaders: Record<SkillPairColumn, string>;
}

// The member columns and status words are the workspace export's (src/domain/fields.ts), so the file reads back
// with the same header synonyms.
const memberColumn = (lang: ColumnLang, property: MatrixMemberColumn) =>
  MEMBER_FIELDS.find((f) => f.property === property)!.column![lang];

export const INTEREST_SEPARATOR = '; ';

const words = (
  lang: ColumnLang,
  interest: string,
  pairHeaders: MatrixCsvWords['pairHeaders'],
): MatrixCsvWords => ({
  headers: Object.fromEntries(MATRIX_MEMBER_COLUMNS.map((c) => [c, memberColumn(lang, c)])) as Record<
    MatrixMemberColumn,
    string
  >,
  interest,
  status: WORKSPACE_CSV_WORDS[lang].status,
  pairHeaders,
});

export const MATRIX_CSV_WORDS: Record<ColumnLang, MatrixCsvWords> = {
  en: words('en', 'wants_to_develop', {
    skill: 'skill',
    with_skill: 'with_skill',
    both: 'both',
    share_of_skill: 'share_of_skill',
    share_of_with_skill: 'share_of_with_skill',
  }),
  ru: words('ru', 'хочет_развивать', {
    skill: 'навык',
    with_skill: 'вместе_с_навыком',
    both: 'оба_навыка',
    share_of_skill: 'доля_владеющих_навыком',
    share_of_with_skill: 'доля_владеющих_вторым',
  }),
};

export function matrixTable(
  analysis: Analysis,
  model: MatrixModel,
  words: MatrixCsvWords,
): { header: string[]; rows: CsvValue[][] } {
  const { members, skills } = analysis.workspace;
  const header = [
    ...MATRIX_MEMBER_COLUMNS.map((c) => words.headers[c]),
    ...[...model.columns].map((s) => skills[s].name),
    words.interest,
  ];
  const rows: CsvValue[][] = [];
  for (let r = 0; r < model.rows.length; r++) {
    const member = members[model.rows[r]];
    const { levels, interest } = matrixRow(analysis, model, r);
    const row: CsvValue[] = [member.name, member.department, member.location, words.status[member.status]];
    const wanted: string[] = [];
    levels.forEach((level, c) => {
      row.push(level === 0 ? null : level);
      if (interest[c]) wanted.push(skills[model.columns[c]].name);
    });
    row.push(wanted.join(INTEREST_SEPARATOR));
    rows.push(row);
  }
  return { header, rows };
}

/** Shares as fractions rounded to 0.001 (the file's reader formats them). */
export function skillPairTable(
  analysis: Analysis,
  pairs: readonly SkillPair[],
  holders: Uint32Array,
  words: MatrixCsvWords,
): { header: string[]; rows: CsvValue[][] } {
  const { skills } = analysis.workspace;
  const share = (both: number, of: number) => Math.round(pairShare(both, of) * 1000) / 1000;
  return {
    header: SKILL_PAIR_COLUMNS.map((c) => words.pairHeaders[c]),
    rows: pairs.map((p) => [
      skills[p.a].name,
      skills[p.b].name,
      p.both,
      share(p.both, holders[p.a]),
      share(p.both, holders[p.b]),
    ]),
  };
}
