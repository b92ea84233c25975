// A new workspace's analysis is made in a task of its own as it lands, before the views' render asks for it.
import { afterEach, describe, expect, test } from 'vitest';
import { emptyWorkspace } from '../domain/types';
import { club } from '../../tests/helpers/workspaces';
import { deriveAhead } from './ahead';
import { useWorkspace } from './workspace';

const analysesMade = () => performance.getEntriesByName('expertise-map:analysis').length;
const tasksLater = () => new Promise((resolve) => setTimeout(resolve, 50));

let disconnect = () => {};
afterEach(() => {
  disconnect();
  useWorkspace.setState({ workspace: emptyWorkspace() });
});

describe('deriveAhead', () => {
  test('analyses a workspace that lands, in a later task, once', async () => {
    disconnect = deriveAhead();
    const before = analysesMade();
    useWorkspace.setState({ workspace: { ...club } });
    expect(analysesMade()).toBe(before); // not in the task that set it
    await tasksLater();
    expect(analysesMade()).toBe(before + 1);
    await tasksLater();
    expect(analysesMade()).toBe(before + 1);
  });

  test('a workspace replaced before its turn is not analysed: only the last one is', async () => {
    disconnect = deriveAhead();
    const before = analysesMade();
    // fresh member lists: an analysis made by an earlier test for the same lists would be reused, not counted
    useWorkspace.setState({ workspace: { ...club, members: [...club.members] } });
    useWorkspace.setState({ workspace: { ...club, members: [...club.members] } });
    await tasksLater();
    expect(analysesMade()).toBe(before + 1);
  });

  test('makes nothing once disconnected', async () => {
    deriveAhead()();
    const before = analysesMade();
    useWorkspace.setState({ workspace: { ...club, members: [...club.members] } });
    await tasksLater();
    expect(analysesMade()).toBe(before);
  });
});
