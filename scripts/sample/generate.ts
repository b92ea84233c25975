// The whole sample, generated and checked: its people, the app's analysis of it, and its CSV files.
import type { ActivityState } from '../../src/domain/activity';
import type { SkillCoverage } from '../../src/domain/analysis';
import type { ColumnLang } from '../../src/domain/fields';
import type { SkillStatus } from '../../src/domain/types';
import type { CsvOptions } from '../../src/io/csv';
import { WORKSPACE_CSV_WORDS, workspaceCsvFiles, type CsvFile } from '../../src/io/workspaceCsv';
import { drawExpertise, shapeExpertise } from './expertise';
import { checkClubHealth, shapeClubHealth } from './health';
import { makeMembers, type SampleMember } from './members';
import { MAX_SKILLS, SKILLS, type PlannedSkill } from './organisation';
import { restartRandom } from './random';
import { sampleAnalysis, sampleWorkspace } from './workspace';

export const SAMPLE_LANGS = ['en', 'ru'] as const;

const FORMATS: Record<ColumnLang, CsvOptions> = {
  en: { delimiter: ',', bom: false, lineEnding: '\n' },
  ru: { delimiter: ';', bom: true, lineEnding: '\r\n' },
};
const FILE_NAMES = { members: 'members.csv', skills: 'skills.csv', expertise: 'expertise.csv' };

const EXPECTED: Record<PlannedSkill['plan'], SkillStatus> = {
  gap: 'gap',
  gap0: 'gap',
  single: 'single_holder',
  covered: 'covered',
};

export interface Sample {
  members: SampleMember[];
  /** The app's analysis of the English sample, in skill order. */
  report: SkillCoverage[];
  files: Record<ColumnLang, CsvFile[]>;
  /** The ambassadors per activity state, as the app computes them with the default thresholds. */
  activity: Record<ActivityState, number>;
}

/** Generates the sample from the seed; throws unless every skill shows its planned outcome in both languages. */
export function generateSample(): Sample {
  restartRandom();
  const members = makeMembers();
  drawExpertise(members);
  shapeExpertise(members);
  shapeClubHealth(members);

  const report = sampleAnalysis(members, 'en');
  checkPlan(report);
  // The words differ by language, the analysis must not.
  if (sampleAnalysis(members, 'ru').map(outcome).join() !== report.map(outcome).join())
    throw new Error('the Russian sample analyses differently from the English one');
  const activity = checkClubHealth(members);
  for (const m of members) {
    if (m.skills.size < 2 || m.skills.size > MAX_SKILLS)
      throw new Error(`${m.id} has ${m.skills.size} skills`);
  }

  const filesOf = (lang: ColumnLang) =>
    workspaceCsvFiles(
      sampleWorkspace(members, lang),
      { ...WORKSPACE_CSV_WORDS[lang], fileNames: FILE_NAMES },
      FORMATS[lang],
      'data',
    );
  return { members, report, files: { en: filesOf('en'), ru: filesOf('ru') }, activity };
}

function checkPlan(report: readonly SkillCoverage[]) {
  report.forEach((r, i) => {
    const { plan, en } = SKILLS[i];
    if (r.status !== EXPECTED[plan]) throw new Error(`${en}: planned ${EXPECTED[plan]}, got ${r.status}`);
    if (plan === 'gap' && r.candidateCount === 0) throw new Error(`${en}: planned candidates, got none`);
    if (plan === 'gap0' && r.candidateCount !== 0) throw new Error(`${en}: planned no candidate`);
  });
}

const outcome = (r: SkillCoverage) => [r.coverage, r.gap, r.status, r.candidateCount].join(' ');
