// The workspace plan an import's files give (docs/contract.md#workspace-plan): the marks of a members file's plan
// column and the rows of a settings file, gathered while rows are read and put together with the stored plan at
// the end, once every member is known.
import { validActivityThresholds, withRoleTarget } from '../../domain/clubValues';
import {
  emptyPlan,
  planFor,
  type ActivityThresholds,
  type Member,
  type PlanSettings,
  type RoleTarget,
  type WorkspacePlan,
} from '../../domain/types';
import type { PlanMarks } from '../planCsv';

export class PlanReader {
  /** Member indexes (into the import's member list) the files mark. */
  private readonly leaving = new Set<number>();
  private readonly excluded = new Set<number>();
  /** Pinned members with their place as written and the order they were read in (ties keep file order). */
  private readonly pins = new Map<number, { place: number; seq: number }>();
  private settings: Partial<PlanSettings> = {};
  private thresholds: Partial<ActivityThresholds> = {};
  private readonly roleTargets: RoleTarget[] = [];

  /** A member row's marks; an empty cell says nothing (a stored mark stays on Merge). */
  mark(member: number, marks: PlanMarks) {
    if (marks.leaving) this.leaving.add(member);
    if (marks.excluded) this.excluded.add(member);
    if (marks.pin !== null) this.pins.set(member, { place: marks.pin, seq: this.pins.size });
  }

  setting(value: Partial<PlanSettings>) {
    this.settings = { ...this.settings, ...value };
  }

  threshold(name: keyof ActivityThresholds, value: number) {
    this.thresholds = { ...this.thresholds, [name]: value };
  }

  roleTarget(value: RoleTarget) {
    this.roleTargets.push(value);
  }

  /**
   * Replace: the files' plan over `base` (empty but for what a Replace keeps). Merge: the stored plan for the
   * members still there, the files' settings, thresholds and role targets over the stored ones and their marks added — new pins after the stored ones in their written
   * order, and, as the pin and exclude edits do, a pin lifts an exclusion and an exclusion a pin.
   */
  planOf(base: WorkspacePlan | null, members: readonly Member[]): WorkspacePlan {
    const plan = base ? planFor(base, members) : emptyPlan();
    const keysOf = (indexes: Iterable<number>) => [...indexes].map((i) => members[i].key);
    const pinned = keysOf(
      [...this.pins]
        .filter(([member]) => !this.excluded.has(member))
        .sort(([, a], [, b]) => a.place - b.place || a.seq - b.seq)
        .map(([member]) => member),
    );
    const excluded = keysOf(this.excluded);
    const leaving = keysOf(this.leaving);
    const added = (list: string[], more: string[]) => [...new Set([...list, ...more])];
    const newlyPinned = new Set(pinned);
    const newlyExcluded = new Set(excluded);
    // The thresholds must fit together as a whole: files that break that leave the stored ones (each row alone
    // was already checked when read).
    const thresholds = { ...plan.activityThresholds, ...this.thresholds };
    const roleTargets = this.roleTargets.reduce(
      (list, { role, target }) => withRoleTarget(list, role, target),
      plan.roleTargets,
    );
    return {
      ...plan,
      settings: { ...plan.settings, ...this.settings },
      activityThresholds: validActivityThresholds(thresholds) ? thresholds : plan.activityThresholds,
      roleTargets,
      leaving: added(plan.leaving, leaving),
      pinned: added(
        plan.pinned.filter((key) => !newlyExcluded.has(key)),
        pinned,
      ),
      excluded: added(
        plan.excluded.filter((key) => !newlyPinned.has(key)),
        excluded,
      ),
    };
  }
}
