// Generates the bundled sample workspace: the ambassador club of a bank, in English and in Russian.
//
//   npx tsx scripts/make-sample.ts
//
// Writes sample-data/{en,ru}/{members,skills,expertise}.csv through the app's own workspace export, so the
// columns are those of src/domain/fields.ts. The output is fully deterministic (a seeded PRNG, no clock, no
// locale-dependent sorting): running it again gives the same bytes. The same people, skills, ids, statuses and
// levels appear in both languages; only the words differ.
//   en: UTF-8 without BOM, comma delimiter, LF, RFC 4180 quoting.
//   ru: UTF-8 with BOM, semicolon delimiter, CRLF, decimal comma (as Russian Excel saves).
//
// Each skill has a planned outcome of the analysis (gap with candidates, gap without any candidate, single
// holder, covered). Expertise is first drawn at random, then nudged per skill until the planned outcome holds;
// the app's analysis (src/domain/analysis.ts) steers and checks it (scripts/sample/), and this prints a summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SkillCoverage } from '../src/domain/analysis';
import type { SkillStatus } from '../src/domain/types';
import { SAMPLE_LANGS, generateSample } from './sample/generate';
import { CATEGORIES, CITIES, DEPARTMENTS, SKILLS } from './sample/organisation';

const SAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'sample-data');

const { members, report, files, activity } = generateSample();
for (const lang of SAMPLE_LANGS) {
  mkdirSync(join(SAMPLE_DIR, lang), { recursive: true });
  for (const file of files[lang]) writeFileSync(join(SAMPLE_DIR, lang, file.name), file.text);
}

const count = (status: string) => members.filter((m) => m.status === status).length;
const links = members.reduce((sum, m) => sum + m.skills.size, 0);
const interests = members.reduce(
  (sum, m) => sum + [...m.skills.values()].filter((e) => e.interest).length,
  0,
);
const withStatus = (status: SkillStatus) => report.filter((r) => r.status === status);
const gaps = withStatus('gap');
const line = (r: SkillCoverage) =>
  `  ${r.skill.skillId} ${r.skill.name.padEnd(26)} target ${r.skill.target}  level ${r.skill.requiredLevel}  ` +
  `coverage ${r.coverage}  gap ${r.gap}  candidates ${r.candidateCount}`;

console.log(`Sample workspace written to ${SAMPLE_DIR}/{en,ru}`);
console.log(
  `members ${members.length} (ambassadors ${count('ambassador')}, employees ${count('employee')}, ` +
    `alumni ${count('alumni')}), departments ${DEPARTMENTS.length}, cities ${CITIES.length}`,
);
console.log(
  `skills ${SKILLS.length} in ${Object.keys(CATEGORIES).length} categories, links ${links} (interest ${interests})`,
);
console.log(
  `gap ${gaps.length} (with candidates ${gaps.filter((r) => r.candidateCount > 0).length}, ` +
    `without ${gaps.filter((r) => r.candidateCount === 0).length}), ` +
    `single_holder ${withStatus('single_holder').length}, covered ${withStatus('covered').length}`,
);
console.log('gap skills:');
for (const r of gaps) console.log(line(r));
console.log('single_holder skills:');
for (const r of withStatus('single_holder')) console.log(line(r));
console.log(
  `activity states: overloaded ${activity.overloaded}, quiet ${activity.quiet}, steady ${activity.steady}, ` +
    `thriving ${activity.thriving}`,
);
