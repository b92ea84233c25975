// Two intakes side by side: "Then" a saved snapshot, "Now" the current workspace (or another snapshot). The
// summary line answers first; the tables below give the details. A snapshot's workspace is read when picked.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { compareSnapshots } from '../../domain/intakes';
import { freeRoleLabels, roleHoldersOf } from '../../domain/roles';
import type { Workspace } from '../../domain/types';
import { INTAKE_COMPARISON_CSV_WORDS, intakeComparisonTable } from '../../io/intakeCompareCsv';
import type { SectionProps } from './sectionProps';
import type { IntakeInfo } from '../../store/intakeStorage';
import { useIntakes } from '../../store/intakes';
import { useLocale, useT, useUi } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';
import { CategoryTable, PeopleTable, RoleChangesTable, SkillChangesTable } from './IntakeCompareTables';
import { roleLabel, summaryLine } from './intakeText';

/** "Now" as the current workspace rather than a snapshot. */
const CURRENT = '';

type Opened = Workspace | 'unreadable';

export function IntakeCompare({ intakes, ExportButton }: { intakes: IntakeInfo[] } & SectionProps) {
  const t = useT();
  const id = useId();
  const open = useIntakes((s) => s.open);
  const current = useWorkspace((s) => s.workspace);
  const [picked, setPicked] = useState<{ then: string | null; now: string }>({ then: null, now: CURRENT });
  // Snapshots never change once saved (a rename changes the list only), so each is read once.
  const [opened, setOpened] = useState<ReadonlyMap<string, Opened>>(new Map());
  const requested = useRef(new Set<string>());

  const has = (intakeId: string) => intakes.some((i) => i.id === intakeId);
  // The latest snapshot against the workspace unless another was picked; a deleted pick falls back.
  const thenId = picked.then !== null && has(picked.then) ? picked.then : (intakes.at(-1)?.id ?? null);
  const nowId = picked.now !== CURRENT && has(picked.now) ? picked.now : CURRENT;

  useEffect(() => {
    for (const wanted of [thenId, nowId]) {
      if (!wanted || requested.current.has(wanted)) continue;
      requested.current.add(wanted);
      void open(wanted).then((result) =>
        setOpened((m) => new Map(m).set(wanted, result.ok ? result.snapshot.workspace : 'unreadable')),
      );
    }
  }, [thenId, nowId, open]);

  if (thenId === null) return null;
  const nameOf = (intakeId: string) => intakes.find((i) => i.id === intakeId)?.name ?? '';
  const thenWs = opened.get(thenId);
  const nowWs = nowId === CURRENT ? current : opened.get(nowId);

  let body;
  if (thenId === nowId) body = <p className="notice">{t('intakes.compare.same')}</p>;
  else if (thenWs === 'unreadable' || nowWs === 'unreadable')
    body = (
      <p className="notice" role="alert">
        {t('intakes.compare.unreadable', { name: nameOf(thenWs === 'unreadable' ? thenId : nowId) })}
      </p>
    );
  else if (!thenWs || !nowWs) body = <p className="muted">{t('intakes.compare.loading')}</p>;
  else
    body = (
      <Comparison
        then={thenWs}
        now={nowWs}
        names={{ then: nameOf(thenId), now: nowId === CURRENT ? null : nameOf(nowId) }}
        ExportButton={ExportButton}
      />
    );

  return (
    <section className="intakes-compare" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('intakes.compare.title')}</h3>
      <div className="intakes-pick">
        <label>
          {t('intakes.compare.then')}{' '}
          <select value={thenId} onChange={(e) => setPicked((p) => ({ ...p, then: e.target.value }))}>
            {intakeOptions(intakes)}
          </select>
        </label>
        <span aria-hidden="true">→</span>
        <label>
          {t('intakes.compare.now')}{' '}
          <select value={nowId} onChange={(e) => setPicked((p) => ({ ...p, now: e.target.value }))}>
            <option value={CURRENT}>{t('intakes.compare.current')}</option>
            {intakeOptions(intakes)}
          </select>
        </label>
      </div>
      {body}
    </section>
  );
}

function Comparison({
  then,
  now,
  names,
  ExportButton,
}: {
  then: Workspace;
  now: Workspace;
  names: { then: string; now: string | null };
} & SectionProps) {
  const t = useT();
  const locale = useLocale();
  const lang = useUi((s) => s.lang);
  const comparison = useMemo(
    () => compareSnapshots(then, now, { locale, roleHoldersOf: (ws) => roleHoldersOf(ws, locale) }),
    [then, now, locale],
  );
  const freeLabels = useMemo(() => freeRoleLabels([now, then]), [then, now]);
  const roleName = (key: string) => roleLabel(key, lang, freeLabels);
  return (
    <>
      <p className="intakes-summary" role="status">
        {summaryLine(t, comparison, names, roleName)}
      </p>
      <ExportButton
        label={t('intakes.compare.export')}
        fileName={t('csv.intakeComparisonFileName')}
        disabled={comparison.skills.length === 0}
        table={(lang) => intakeComparisonTable(comparison, INTAKE_COMPARISON_CSV_WORDS[lang])}
      />
      <CategoryTable comparison={comparison} />
      <SkillChangesTable comparison={comparison} />
      <PeopleTable comparison={comparison} />
      <RoleChangesTable comparison={comparison} roleName={roleName} />
    </>
  );
}

/** The saved snapshots as the options of a select, by id. */
function intakeOptions(intakes: IntakeInfo[]) {
  return intakes.map((i) => (
    <option key={i.id} value={i.id}>
      {i.name}
    </option>
  ));
}
