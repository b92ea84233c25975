// The gap table's filter: a row matches when its skill's name, category or id, or the name of a holder or of a
// candidate the row shows, contains what is typed. The text searched is built once per analysis, so that each
// keystroke is one scan of a few hundred strings even at 20,000 members.
import { topCandidates, type Analysis, type MemberLevel, type SkillCoverage } from '../../domain/analysis';
import { normaliseIdentity } from '../../domain/normalise';

/** How many of a skill's best candidates its row names. */
export const SHOWN_CANDIDATES = 5;

const candidatesCache = new WeakMap<Analysis, Map<string, MemberLevel[]>>();
const textCache = new WeakMap<Analysis, Map<string, string>>();

/** The candidates each skill's row names, by skill key (the best first). */
export function shownCandidates(analysis: Analysis): Map<string, MemberLevel[]> {
  let shown = candidatesCache.get(analysis);
  if (!shown) {
    shown = new Map(analysis.skills.map((e) => [e.skill.key, topCandidates(analysis, e, SHOWN_CANDIDATES)]));
    candidatesCache.set(analysis, shown);
  }
  return shown;
}

function searchTexts(analysis: Analysis): Map<string, string> {
  let texts = textCache.get(analysis);
  if (texts) return texts;
  const shown = shownCandidates(analysis);
  texts = new Map();
  for (const e of analysis.skills) {
    const people = [...e.holders, ...(shown.get(e.skill.key) ?? [])].map((p) => p.member.name);
    // Skill fields together (as before: "tech python" finds Python); each name apart, joined by a line break a
    // typed filter never holds, so that a match cannot run from one person's name into the next.
    const parts = [`${e.skill.name} ${e.skill.category} ${e.skill.skillId}`, ...people];
    texts.set(e.skill.key, parts.map(normaliseIdentity).join('\n'));
  }
  textCache.set(analysis, texts);
  return texts;
}

/** The rows whose skill, holders or shown candidates contain `filter` (case, `ё` and spacing ignored). */
export function filterGapRows(analysis: Analysis, rows: SkillCoverage[], filter: string): SkillCoverage[] {
  const needle = normaliseIdentity(filter);
  if (!needle) return rows;
  const texts = searchTexts(analysis);
  return rows.filter((e) => texts.get(e.skill.key)?.includes(needle));
}
