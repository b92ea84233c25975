// The worker client: one warm worker is kept between imports; a cancelled import's worker is stopped.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { emptyWorkspace } from '../domain/types';
import { linkIndexOf } from '../domain/linkIndex';
import type { ImportRequestMessage, ImportResponseMessage } from '../io/import/messages';
import type * as Client from './importClient';

/** Stands in for the import worker: answers each request with `reply`, unless told to stay silent. */
class FakeWorker {
  static created: FakeWorker[] = [];
  static reply: (request: ImportRequestMessage) => ImportResponseMessage | null = () => null;
  onmessage: ((event: MessageEvent<ImportResponseMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests = 0;

  constructor() {
    FakeWorker.created.push(this);
  }

  postMessage(request: ImportRequestMessage) {
    this.requests++;
    const answer = FakeWorker.reply(request);
    if (answer) setTimeout(() => this.onmessage?.({ data: answer } as MessageEvent<ImportResponseMessage>));
  }

  terminate() {
    this.terminated = true;
  }
}

const request = {
  files: [],
  base: emptyWorkspace(),
  mode: 'replace' as const,
  remembered: new Map(),
  chosen: new Map(),
};
const done = (): ImportResponseMessage => {
  const workspace = emptyWorkspace();
  const report = {
    mode: 'replace' as const,
    totals: { members: 0, skills: 0, links: 0 },
    interestsWithoutLevel: 0,
    files: [],
    issues: [],
    rejectedRows: [],
  };
  return { type: 'done', outcome: { workspace, report }, index: linkIndexOf(workspace) };
};

let client: typeof Client;
beforeEach(async () => {
  FakeWorker.created = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  client = await import('./importClient');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('import worker client', () => {
  test('a worker that finished its import is kept warm and runs the next one', async () => {
    FakeWorker.reply = done;
    client.warmUpImportWorker();
    expect(FakeWorker.created).toHaveLength(1);
    await client.startImport(request, () => {}).done;
    await client.startImport(request, () => {}).done;
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0].requests).toBe(2);
    expect(FakeWorker.created[0].terminated).toBe(false);
  });

  test('a cancelled import stops its worker and a fresh one is made ready', async () => {
    FakeWorker.reply = () => null; // never answers
    const run = client.startImport(request, () => {});
    run.cancel();
    await expect(run.done).rejects.toBeInstanceOf(client.ImportCancelled);
    expect(FakeWorker.created[0].terminated).toBe(true);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[1].terminated).toBe(false);
  });

  test('an import asked for while another runs waits for that worker instead of starting a cold one', async () => {
    FakeWorker.reply = done;
    const first = client.startImport(request, () => {}); // no idle worker: the first one is made for it
    const second = client.startImport(request, () => {});
    await first.done;
    await second.done;
    expect(FakeWorker.created.length).toBe(1);
    expect(FakeWorker.created[0].requests).toBe(2);
  });

  test('an import cancelled while it waits for the running one rejects at once and never starts', async () => {
    FakeWorker.reply = () => null; // the running import never answers
    client.startImport(request, () => {});
    const waiting = client.startImport(request, () => {});
    waiting.cancel();
    await expect(waiting.done).rejects.toBeInstanceOf(client.ImportCancelled);
    expect(FakeWorker.created.map((w) => w.requests)).toEqual([1]);
  });

  test('progress is passed on, and an error the worker reports rejects the import', async () => {
    FakeWorker.reply = () => ({ type: 'error', message: 'disk on fire' });
    const progress = vi.fn();
    await expect(client.startImport(request, progress).done).rejects.toThrow('disk on fire');
    FakeWorker.reply = () => ({
      type: 'progress',
      overall: 0.5,
      fileIndex: 0,
      fileCount: 1,
      fileName: 'a.csv',
      file: 0.5,
    });
    client.startImport(request, progress);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(progress).toHaveBeenCalledWith(expect.objectContaining({ type: 'progress', overall: 0.5 }));
  });
});

describe('inline import (no Worker, as in unit tests)', () => {
  const file = { name: 'members.csv', bytes: new TextEncoder().encode('name\nAnn\n') };
  beforeEach(async () => {
    vi.stubGlobal('Worker', undefined);
    vi.resetModules();
    client = await import('./importClient');
  });

  test('runs the same import pipeline on the page', async () => {
    const progress = vi.fn();
    const outcome = await client.startImport({ ...request, files: [file] }, progress).done;
    expect(outcome.workspace.members.map((m) => m.name)).toEqual(['Ann']);
    expect(progress).toHaveBeenLastCalledWith(expect.objectContaining({ overall: 1 }));
    expect(FakeWorker.created).toHaveLength(0);
  });

  test('a cancelled inline import rejects with ImportCancelled before any row is read', async () => {
    const progress = vi.fn();
    const run = client.startImport({ ...request, files: [file] }, progress);
    run.cancel();
    await expect(run.done).rejects.toBeInstanceOf(client.ImportCancelled);
    expect(progress).not.toHaveBeenCalled();
  });
});
