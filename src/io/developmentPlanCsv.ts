// The development plan (docs/contract.md#development-plan): one row per gap skill and growth candidate, skills in
// gap report order, candidates in growth order — as `growthCandidates` lists them.
import { LINK_COLUMNS, MEMBER_FIELDS, SKILL_FIELDS, type ColumnLang } from '../domain/fields';
import type { SkillGrowth } from '../domain/growth';
import type { MemberStatus } from '../domain/types';
import type { CsvValue } from './csv';
import { REPORT_WORDS } from './gapReport';
import { WORKSPACE_CSV_WORDS } from './workspaceCsv';

export const DEVELOPMENT_PLAN_COLUMNS = [
  'skill_id',
  'skill',
  'category',
  'required_level',
  'gap',
  'member_id',
  'name',
  'status',
  'level',
  'interest',
  'workload',
] as const;

export type DevelopmentPlanColumn = (typeof DEVELOPMENT_PLAN_COLUMNS)[number];

export interface DevelopmentPlanCsvWords {
  headers: Record<DevelopmentPlanColumn, string>;
  /** Member status words: the workspace export's. */
  status: Record<MemberStatus, string>;
  /** The `interest` cell of an interested member (the workspace export's word); empty otherwise. */
  yes: string;
  uncategorised: string;
}

// Skill, member and link columns carry the field table's words (src/domain/fields.ts), so the file reads back with
// the same header synonyms as the workspace export; only `gap` is the plan's own (the gap report's word).
const skillColumn = (lang: ColumnLang, property: 'skillId' | 'name' | 'category' | 'requiredLevel') =>
  SKILL_FIELDS.find((f) => f.property === property)!.column![lang];
const memberColumn = (lang: ColumnLang, property: 'memberId' | 'name' | 'status' | 'workload') =>
  MEMBER_FIELDS.find((f) => f.property === property)!.column![lang];

function words(lang: ColumnLang, gap: string, uncategorised: string): DevelopmentPlanCsvWords {
  return {
    headers: {
      skill_id: skillColumn(lang, 'skillId'),
      skill: skillColumn(lang, 'name'),
      category: skillColumn(lang, 'category'),
      required_level: skillColumn(lang, 'requiredLevel'),
      gap,
      member_id: memberColumn(lang, 'memberId'),
      name: memberColumn(lang, 'name'),
      status: memberColumn(lang, 'status'),
      level: LINK_COLUMNS.level[lang],
      interest: LINK_COLUMNS.interest[lang],
      workload: memberColumn(lang, 'workload'),
    },
    status: WORKSPACE_CSV_WORDS[lang].status,
    yes: WORKSPACE_CSV_WORDS[lang].yes,
    uncategorised,
  };
}

export const DEVELOPMENT_PLAN_CSV_WORDS: Record<ColumnLang, DevelopmentPlanCsvWords> = {
  en: words('en', 'gap', REPORT_WORDS.en.uncategorised),
  ru: words('ru', 'пробел', REPORT_WORDS.ru.uncategorised),
};

/** `level` is 0 where the member has none; `workload` empty when unknown. A gap skill nobody is close to has no row. */
export function developmentPlanTable(
  growth: readonly SkillGrowth[],
  words: DevelopmentPlanCsvWords,
): { header: string[]; rows: CsvValue[][] } {
  const rows: CsvValue[][] = [];
  for (const { entry, candidates } of growth) {
    const { skill } = entry;
    for (const c of candidates)
      rows.push([
        skill.skillId,
        skill.name,
        skill.category || words.uncategorised,
        skill.requiredLevel,
        entry.gap,
        c.member.memberId,
        c.member.name,
        words.status[c.member.status],
        c.level,
        c.interest ? words.yes : '',
        c.member.workload,
      ]);
  }
  return { header: DEVELOPMENT_PLAN_COLUMNS.map((c) => words.headers[c]), rows };
}
