// The gap report (docs/contract.md#gap-report): one row per skill, ordered by gap, weight, name.
import { gapReportOrder, topCandidates, type Analysis } from '../domain/analysis';
import type { ColumnLang } from '../domain/fields';
import type { SkillStatus } from '../domain/types';
import type { CsvValue } from './csv';

export const GAP_REPORT_COLUMNS = [
  'skill_id',
  'skill',
  'category',
  'required_level',
  'target',
  'coverage',
  'gap',
  'status',
  'holders',
  'candidate_count',
  'top_candidates',
] as const;

export type GapReportColumn = (typeof GAP_REPORT_COLUMNS)[number];

export interface GapReportWords {
  headers: Record<GapReportColumn, string>;
  status: Record<SkillStatus, string>;
  uncategorised: string;
}

export const ENGLISH_GAP_REPORT_WORDS: GapReportWords = {
  headers: Object.fromEntries(GAP_REPORT_COLUMNS.map((c) => [c, c])) as Record<GapReportColumn, string>,
  status: { gap: 'gap', single_holder: 'single_holder', covered: 'covered' },
  uncategorised: 'Uncategorised',
};

/**
 * The gap report's status words and its word for a skill without a category, in each file language: the other
 * reports (roles, development plan, intakes compared) write theirs with these. The page's gap export takes the same
 * words from the catalogues (`csv.status.*`, `category.uncategorised`); tests/unit/reportWords.test.ts keeps them equal.
 */
export const REPORT_WORDS: Record<ColumnLang, Pick<GapReportWords, 'status' | 'uncategorised'>> = {
  en: { status: ENGLISH_GAP_REPORT_WORDS.status, uncategorised: ENGLISH_GAP_REPORT_WORDS.uncategorised },
  ru: {
    status: { gap: 'пробел', single_holder: 'единственный носитель', covered: 'покрыт' },
    uncategorised: 'Без категории',
  },
};

export const TOP_CANDIDATES = 5;

export function gapReportTable(
  analysis: Analysis,
  locale: string,
  words: GapReportWords,
): { header: string[]; rows: CsvValue[][] } {
  const rows = gapReportOrder(analysis, locale).map((entry) => [
    entry.skill.skillId,
    entry.skill.name,
    entry.skill.category || words.uncategorised,
    entry.skill.requiredLevel,
    entry.skill.target,
    entry.coverage,
    entry.gap,
    words.status[entry.status],
    entry.holders.map((h) => h.member.name).join('; '),
    entry.candidateCount,
    topCandidates(analysis, entry, TOP_CANDIDATES)
      .map((c) => c.member.name)
      .join('; '),
  ]);
  return { header: GAP_REPORT_COLUMNS.map((c) => words.headers[c]), rows };
}
