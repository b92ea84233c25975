// @vitest-environment node
// The bundled sample is exactly what scripts/make-sample.ts generates: a change to the field table, the
// workspace export or the analysis that would change it shows here, not in a silent diff of sample-data/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SAMPLE_LANGS, generateSample } from '../../scripts/sample/generate';

const SAMPLE_DIR = join(__dirname, '..', '..', 'sample-data');

describe('sample data', () => {
  test('regenerating the sample gives the committed files byte for byte, twice in a row', () => {
    const first = generateSample();
    for (const lang of SAMPLE_LANGS) {
      for (const file of first.files[lang]) {
        const committed = readFileSync(join(SAMPLE_DIR, lang, file.name));
        const same = Buffer.from(file.text, 'utf8').equals(committed);
        expect([lang, file.name, same]).toEqual([lang, file.name, true]);
      }
    }
    expect(generateSample().files).toEqual(first.files);
  });

  test('shows the planned outcome: 11 gaps (3 without candidates), 7 single holders, 22 covered', () => {
    const { report } = generateSample();
    const count = (status: string) => report.filter((r) => r.status === status).length;
    expect([count('gap'), count('single_holder'), count('covered')]).toEqual([11, 7, 22]);
    expect(
      report.filter((r) => r.status === 'gap' && r.candidateCount === 0).map((r) => r.skill.name),
    ).toEqual(['Generative AI', 'Media relations', 'ESG']);
  });

  test('shows the planned club health: 4 overloaded, 4 quiet, 17 steady, 5 thriving; no ambassador is an ideologist', () => {
    const { activity, members } = generateSample();
    expect(activity).toEqual({ overloaded: 4, quiet: 4, steady: 17, thriving: 5 });
    const rolesOf = (inClub: boolean) =>
      new Set(
        members
          .filter((m) => (m.status === 'ambassador') === inClub)
          .flatMap((m) => m.roles.map((r) => r.en)),
      );
    expect(rolesOf(true).has('ideologist')).toBe(false);
    expect(rolesOf(false).has('ideologist')).toBe(true);
  });
});
