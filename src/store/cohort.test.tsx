// The header's cohort export glances at the plan: it is made after the render, in tasks of their own.
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { emptyWorkspace } from '../domain/types';
import { localeOf } from '../i18n/i18n';
import { club } from '../../tests/helpers/workspaces';
import { analysisOf } from './analysis';
import { cohortPlanOf, useCohortPlanWhenMade } from './cohort';
import { useUi } from './ui';
import { useWorkspace } from './workspace';

const plansMade = () => performance.getEntriesByName('expertise-map:plan').length;

afterEach(() => useWorkspace.setState({ workspace: emptyWorkspace() }));

describe('useCohortPlanWhenMade', () => {
  test('does not plan in its render: nothing at first, then the plan, made once, after a few tasks', async () => {
    const workspace = { ...club, members: [...club.members] };
    useWorkspace.setState({ workspace });
    const before = plansMade();
    const { result } = renderHook(() => useCohortPlanWhenMade());
    expect(result.current.plan).toBeUndefined();
    expect(plansMade()).toBe(before);
    await waitFor(() => expect(result.current.plan).toBeDefined());
    expect(plansMade()).toBe(before + 1);
    const locale = localeOf(useUi.getState().lang);
    expect(result.current.plan).toBe(cohortPlanOf(analysisOf(workspace, locale), workspace.plan));
  });

  test('a plan made already is there on the first render', () => {
    const workspace = { ...club, members: [...club.members] };
    useWorkspace.setState({ workspace });
    const plan = cohortPlanOf(analysisOf(workspace, localeOf(useUi.getState().lang)), workspace.plan);
    const { result } = renderHook(() => useCohortPlanWhenMade());
    expect(result.current.plan).toBe(plan);
  });

  test('make plans at once, the same plan the hook then reports', async () => {
    const workspace = { ...club, members: [...club.members] };
    useWorkspace.setState({ workspace });
    const before = plansMade();
    const { result } = renderHook(() => useCohortPlanWhenMade());
    expect(result.current.plan).toBeUndefined();
    const made = result.current.make();
    expect(plansMade()).toBe(before + 1);
    await waitFor(() => expect(result.current.plan).toBe(made));
    expect(plansMade()).toBe(before + 1);
  });
});
