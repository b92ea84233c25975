// The one import pipeline the worker and the inline way share: picked files in, outcome out.
import { describe, expect, test, vi } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { emptyWorkspace, expertiseList } from '../../domain/types';
import type { ColumnChoice } from '../detect';
import { headerSignature } from '../detect';
import { importPipeline, withChoices } from './pipeline';
import type { ImportFile, ImportRequest } from './types';

const text = (name: string, body: string): ImportFile => ({ name, bytes: strToU8(body) });

function request(files: ImportFile[], more: Partial<ImportRequest> = {}): ImportRequest {
  return {
    files,
    base: emptyWorkspace(),
    mode: 'replace',
    remembered: new Map(),
    chosen: new Map(),
    ...more,
  };
}

describe('importPipeline', () => {
  test('reads a picked file from its blob where the import runs', async () => {
    const blob = new Blob(['name,skill,level\nAnn,SQL,4\n']);
    const picked: ImportFile = { name: 'levels.csv', bytes: new Uint8Array(0), blob };
    const { workspace, report } = await importPipeline(request([picked]));
    expect(report.files[0]).toMatchObject({ fileName: 'levels.csv', kind: 'expertise', imported: 1 });
    expect(expertiseList(workspace).map((e) => e.level)).toEqual([4]);
  });

  test('opens a zip and applies the columns chosen for a file by its position in the opened list', async () => {
    const zip = zipSync({
      'a.csv': strToU8('name,status\nAnn,ambassador\n'),
      'b.csv': strToU8('who,what,how\nAnn,SQL,4\n'),
    });
    const chosen = new Map<number, ColumnChoice[]>([[1, ['name', 'skill', 'level']]]);
    const { workspace, report } = await importPipeline(
      request([{ name: 'club.zip', bytes: zip }], { chosen }),
    );
    expect(report.files.map((f) => [f.fileName, f.kind, f.mapping])).toEqual([
      ['club.zip/a.csv', 'members', 'detected'],
      ['club.zip/b.csv', 'expertise', 'chosen'],
    ]);
    expect(workspace.members.map((m) => [m.name, m.status])).toEqual([['Ann', 'ambassador']]);
    expect(report.totals.links).toBe(1);
  });

  test('applies a mapping remembered for the same headers', async () => {
    const remembered = new Map<string, ColumnChoice[]>([
      [headerSignature(['who', 'what', 'how']), ['name', 'skill', 'level']],
    ]);
    const { report } = await importPipeline(
      request([text('b.csv', 'who,what,how\nAnn,SQL,4\n')], { remembered }),
    );
    expect(report.files[0]).toMatchObject({ kind: 'expertise', mapping: 'remembered', imported: 1 });
  });

  test('reports progress up to the whole import, and merges into the base in Merge', async () => {
    const base = (await importPipeline(request([text('m.csv', 'name\nAnn\n')]))).workspace;
    const progress = vi.fn();
    const { workspace, report } = await importPipeline(
      request([text('m.csv', 'name\nBob\n')], { base, mode: 'merge' }),
      progress,
    );
    expect(workspace.members.map((m) => m.name)).toEqual(['Ann', 'Bob']);
    expect(report.mode).toBe('merge');
    expect(progress).toHaveBeenLastCalledWith(expect.objectContaining({ overall: 1 }));
  });

  test('stops before any row is read when `beforeImport` throws', async () => {
    const progress = vi.fn();
    const stop = () => {
      throw new Error('stopped');
    };
    await expect(importPipeline(request([text('m.csv', 'name\nAnn\n')]), progress, stop)).rejects.toThrow(
      'stopped',
    );
    expect(progress).not.toHaveBeenCalled();
  });
});

describe('withChoices', () => {
  test('attaches chosen columns by position and leaves the other files as they were', () => {
    const files = [text('a.csv', 'x'), text('b.csv', 'y')];
    const out = withChoices(files, new Map([[1, ['name'] as ColumnChoice[]]]));
    expect(out[0]).toBe(files[0]);
    expect(out[1]).toEqual({ ...files[1], columns: ['name'] });
  });
});
