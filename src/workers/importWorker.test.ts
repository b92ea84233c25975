// The worker entry, driven through a stand-in for its global scope: a request in, progress and the outcome
// (with the link columns and index handed over, not copied) out.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { emptyWorkspace } from '../domain/types';
import { linkIndexOf } from '../domain/linkIndex';
import type { ImportRequestMessage, ImportResponseMessage } from '../io/import/messages';

class FakeScope {
  onmessage: ((event: MessageEvent<ImportRequestMessage>) => Promise<void>) | null = null;
  posted: { message: ImportResponseMessage; transfer: Transferable[] }[] = [];
  postMessage(message: ImportResponseMessage, transfer: Transferable[] = []) {
    this.posted.push({ message, transfer });
  }
}

async function startWorker(): Promise<FakeScope> {
  const scope = new FakeScope();
  vi.stubGlobal('self', scope);
  vi.useFakeTimers(); // the warm-up import waits on a timer: it is not what these tests look at
  vi.resetModules();
  await import('./importWorker');
  vi.useRealTimers();
  return scope;
}

const request = (text: string): ImportRequestMessage => ({
  files: [{ name: 'levels.csv', bytes: new TextEncoder().encode(text) }],
  base: emptyWorkspace(),
  mode: 'replace',
  remembered: [],
  chosen: [],
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('import worker', () => {
  test('answers a request with progress, then the outcome and its link index, handing the columns over', async () => {
    const scope = await startWorker();
    expect(scope.onmessage).not.toBeNull();
    await scope.onmessage!({
      data: request('name,skill,level\nAnn,SQL,4\nBob,SQL,2\n'),
    } as MessageEvent<ImportRequestMessage>);
    const types = scope.posted.map((p) => p.message.type);
    expect(types[types.length - 1]).toBe('done');
    expect(types.slice(0, -1).every((t) => t === 'progress')).toBe(true);
    const last = scope.posted[scope.posted.length - 1];
    if (last.message.type !== 'done') throw new Error('no outcome');
    const { outcome, index } = last.message;
    expect(outcome.report.totals).toEqual({ members: 2, skills: 1, links: 2 });
    expect(index).toEqual(linkIndexOf(outcome.workspace));
    const { links } = outcome.workspace;
    const handedOver = [
      links.member.buffer,
      links.skill.buffer,
      links.level.buffer,
      links.interest.buffer,
      index.skillStart.buffer,
      index.bySkill.buffer,
      index.memberStart.buffer,
      index.byMember.buffer,
    ];
    expect(last.transfer).toHaveLength(handedOver.length);
    handedOver.forEach((buffer, i) => expect(last.transfer[i]).toBe(buffer));
  });

  test('applies the columns chosen in the mapping step, sent as an entry list', async () => {
    const scope = await startWorker();
    await scope.onmessage!({
      data: { ...request('who,what,how\nAnn,SQL,4\n'), chosen: [[0, ['name', 'skill', 'level']]] },
    } as MessageEvent<ImportRequestMessage>);
    const last = scope.posted[scope.posted.length - 1].message;
    expect(last.type === 'done' && last.outcome.report.files[0].mapping).toBe('chosen');
  });

  test('a failure is answered with its message, not thrown in the worker', async () => {
    const scope = await startWorker();
    const unreadable = { arrayBuffer: () => Promise.reject(new Error('file went away')) } as unknown as Blob;
    await scope.onmessage!({
      data: { ...request(''), files: [{ name: 'gone.csv', bytes: new Uint8Array(0), blob: unreadable }] },
    } as MessageEvent<ImportRequestMessage>);
    expect(scope.posted.map((p) => p.message)).toEqual([{ type: 'error', message: 'file went away' }]);
  });
});
