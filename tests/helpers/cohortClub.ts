// The small club the cohort component tests plan by hand (controls.test.tsx, why.test.tsx).
import { textFile } from './render';

/**
 * Skills (target, required level, weight), all gaps at first, 0 of 6 at target:
 *   Python 2,3,2 (Anna holds it: coverage 1, gap 1) · Public speaking 1,3,3 · SQL 1,3,1 · Design 1,4,1 ·
 *   Mentoring 1,3,1 · Negotiation 1,3,1 (nobody has it)
 * Candidates (department, location, status, workload → factor: ≤ 100 %: 1 − w/200; above: 50/w; unknown counts
 * as 100 %) — their levels, what they close at first, their score:
 *   Boris  IT Moscow employee 120 % → 50/120  Python 4, Public speaking 5           gain 5  score 1.92
 *   Clara  HR Moscow employee unknown → 0.5   Public speaking 3, SQL 4, Mentoring 3 gain 5  score 1.60
 *   Dmitry IT Kazan  alumni   20 % → 0.9      SQL 5, Design 4                       gain 2  score 1.62
 *   Elena  IT Kazan  employee 0 % → 1         Design 5                              gain 1  score 1.00
 * With no constraint — turn 1: Boris 5 (Clara's 3 + 1 + 1 = 5 too, but Boris' score 1.92 beats her 1.6).
 * Turn 2: Clara SQL + Mentoring = 2 ties Dmitry SQL + Design = 2; Dmitry's score 1.62 beats 1.6. Turn 3: Clara
 * Mentoring 1; Elena's Design is closed. Then only Negotiation is open, and nobody qualifies for it.
 */
export function cohortClubFiles(): File[] {
  return [
    textFile(
      'skills.csv',
      [
        'skill_id,skill,category,target,required_level,weight',
        'S1,Python,Tech,2,3,2',
        'S2,Public speaking,Soft,1,3,3',
        'S3,SQL,Tech,1,3,1',
        'S4,Design,Soft,1,4,1',
        'S5,Mentoring,Soft,1,3,1',
        'S6,Negotiation,Soft,1,3,1',
        '',
      ].join('\n'),
    ),
    textFile(
      'members.csv',
      [
        'member_id,name,department,location,status,workload',
        'M1,Anna,Sales,Moscow,ambassador,40',
        'M2,Boris,IT,Moscow,employee,120',
        'M3,Clara,HR,Moscow,employee,',
        'M4,Dmitry,IT,Kazan,alumni,20',
        'M5,Elena,IT,Kazan,employee,0',
        '',
      ].join('\n'),
    ),
    textFile(
      'expertise.csv',
      [
        'member_id,skill_id,level',
        'M1,S1,4',
        'M2,S1,4',
        'M2,S2,5',
        'M3,S2,3',
        'M3,S3,4',
        'M3,S5,3',
        'M4,S3,5',
        'M4,S4,4',
        'M5,S4,5',
        '',
      ].join('\n'),
    ),
  ];
}
