// Intake snapshots travel in the workspace zip: written as folders of canonical files, read back apart from the
// workspace itself, with the same names, times and gap numbers.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { analyse } from '../domain/analysis';
import type { IntakeSnapshotData } from '../domain/intakes';
import { emptyWorkspace, type Workspace } from '../domain/types';
import { INTAKE_INFO_HEADERS, intakeCsvFiles, safeFolderName } from './intakeCsv';
import { readIntakeInfo, splitIntakeFiles } from './import/intakes';
import { importPipeline } from './import/pipeline';
import { WORKSPACE_CSV_WORDS, workspaceCsvFiles } from './workspaceCsv';
import { anna, club, dina, mentoring, python, vera } from '../../tests/helpers/workspaces';

const words = WORKSPACE_CSV_WORDS;

/** The gap numbers a person reads in the gap report, by skill name. */
function gapNumbers(ws: Workspace) {
  const analysis = analyse(ws, { locale: 'en' });
  return {
    skills: analysis.skills.map((s) => [s.skill.name, s.coverage, s.gap, s.status]).sort(),
    totals: analysis.totals,
  };
}

function zipOf(ws: Workspace, intakes: IntakeSnapshotData[], lang: 'en' | 'ru') {
  const options = { delimiter: lang === 'ru' ? (';' as const) : (',' as const), bom: true };
  const files = [
    ...workspaceCsvFiles(ws, words[lang], options),
    ...intakeCsvFiles(intakes, words[lang], options, lang),
  ];
  return zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])));
}

function importZip(bytes: Uint8Array) {
  return importPipeline({
    files: [{ name: 'workspace.zip', bytes }],
    base: emptyWorkspace(),
    mode: 'replace',
    remembered: new Map(),
    chosen: new Map(),
  });
}

// Then: Vera not yet in the club; a year on: Vera joined, Anna leaving, Mentoring's target raised.
const intake2025: IntakeSnapshotData = {
  name: 'Intake 2025: before/after?',
  savedAt: '2025-03-01T09:30:00.000Z',
  workspace: club,
};
const intake2026: IntakeSnapshotData = {
  name: '=Intake 2026',
  savedAt: '2026-03-01T09:30:00.000Z',
  workspace: {
    ...club,
    members: club.members.map((m) => (m.key === vera.key ? { ...m, status: 'ambassador' } : m)),
    skills: club.skills.map((s) => (s.key === mentoring.key ? { ...s, target: 3 } : s)),
    plan: { ...club.plan, leaving: [anna.key] },
  },
};
// The workspace itself: Dina in the club too, Python needing one more.
const current: Workspace = {
  ...intake2026.workspace,
  members: intake2026.workspace.members.map((m) => (m.key === dina.key ? { ...m, status: 'ambassador' } : m)),
  skills: intake2026.workspace.skills.map((s) => (s.key === python.key ? { ...s, target: 3 } : s)),
};

describe('intake snapshots in the workspace zip', () => {
  for (const lang of ['en', 'ru'] as const)
    test(`workspace + 2 snapshots → zip → import: the same snapshots and gap numbers (${lang})`, async () => {
      const outcome = await importZip(zipOf(current, [intake2025, intake2026], lang));
      // The workspace is read from its own files only: the snapshots' rows are not in it.
      expect(gapNumbers(outcome.workspace)).toEqual(gapNumbers(current));
      expect(outcome.workspace.members).toHaveLength(current.members.length);
      expect(outcome.report.files.map((f) => f.fileName).some((n) => n.includes('snapshots/'))).toBe(false);
      const intakes = outcome.intakes ?? [];
      expect(intakes.map((i) => [i.name, i.savedAt])).toEqual([
        [intake2025.name, intake2025.savedAt],
        [intake2026.name, intake2026.savedAt],
      ]);
      expect(gapNumbers(intakes[0].workspace)).toEqual(gapNumbers(intake2025.workspace));
      expect(gapNumbers(intakes[1].workspace)).toEqual(gapNumbers(intake2026.workspace));
      // Leavers travel with each snapshot's plan.
      expect(intakes[1].workspace.plan.leaving).toHaveLength(1);
    });

  test('a zip without snapshots imports as before, with no intakes', async () => {
    const outcome = await importZip(zipOf(current, [], 'en'));
    expect(outcome.intakes).toBeUndefined();
    expect(gapNumbers(outcome.workspace)).toEqual(gapNumbers(current));
  });

  test('each snapshot is a folder of the canonical files and snapshot.csv', () => {
    const files = intakeCsvFiles([intake2025], words.en, { delimiter: ',', bom: false }, 'en');
    expect(files.map((f) => f.name)).toEqual([
      'snapshots/Intake 2025_ before_after_/snapshot.csv',
      'snapshots/Intake 2025_ before_after_/members.csv',
      'snapshots/Intake 2025_ before_after_/skills.csv',
      'snapshots/Intake 2025_ before_after_/expertise.csv',
      'snapshots/Intake 2025_ before_after_/plan.csv',
    ]);
    expect(files[0].text).toBe(
      'snapshot,saved_at\r\nIntake 2025: before/after?,2025-03-01T09:30:00.000Z\r\n',
    );
    expect(INTAKE_INFO_HEADERS.ru).toEqual(['снимок', 'сохранён']);
  });

  test('folder names: unsafe characters replaced, clashes numbered, empty named', () => {
    const taken = new Set(['a_b']);
    expect(safeFolderName('A/B', taken)).toBe('A_B (2)');
    expect(safeFolderName('  ...  ', new Set())).toBe('snapshot');
    expect(safeFolderName('Набор 2026.', new Set())).toBe('Набор 2026');
  });

  test('a folder under snapshots/ without snapshot.csv stays part of the workspace import', () => {
    const file = (name: string) => ({ name, bytes: new Uint8Array(0) });
    const { files, intakes } = splitIntakeFiles([
      file('z.zip/members.csv'),
      file('z.zip/snapshots/A/members.csv'),
      file('z.zip/snapshots/A/snapshot.csv'),
      file('z.zip/snapshots/B/members.csv'),
    ]);
    expect(files.map((f) => f.name)).toEqual(['z.zip/members.csv', 'z.zip/snapshots/B/members.csv']);
    expect(intakes.map((g) => [g.folder, g.info.name, g.files.map((f) => f.name)])).toEqual([
      ['A', 'z.zip/snapshots/A/snapshot.csv', ['z.zip/snapshots/A/members.csv']],
    ]);
  });

  test('snapshot.csv read in either language; no name reads as none, a bad time as unknown', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(readIntakeInfo(bytes('\ufeffснимок;сохранён\r\nНабор 2026;2026-03-01T00:00:00.000Z\r\n'))).toEqual(
      {
        name: 'Набор 2026',
        savedAt: '2026-03-01T00:00:00.000Z',
      },
    );
    expect(readIntakeInfo(bytes("snapshot,saved_at\n'=X,yesterday\n"))).toEqual({ name: '=X', savedAt: '' });
    expect(readIntakeInfo(bytes('snapshot,saved_at\n,2026-01-01\n'))).toBeNull();
    expect(readIntakeInfo(new Uint8Array(0))).toBeNull();
  });
});
