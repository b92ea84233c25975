import { useMemo, useState } from 'react';
import { cutForDisplay, cutTitle } from '../../components/cut';
import { Dialog } from '../../components/ui/Dialog';
import type { MessageKey } from '../../i18n/i18n';
import { planFromChoices, type ColumnChoice } from '../../io/detect';
import { FIELDS } from '../../io/headers';
import { useT } from '../../store/ui';
import { useImportFlow } from '../../store/importFlow';

// The fields in their order, with "a skill column of a matrix" after the level.
const CHOICES: ColumnChoice[] = ['ignore', ...FIELDS.slice(0, 5), 'skill_column', ...FIELDS.slice(5)];

/** Columns the step lists; a wider file keeps the proposed roles of the rest (thousands of selects freeze a page). */
export const MAPPING_COLUMNS_SHOWN = 200;

/** Before an import: a person assigns the columns the headers did not settle; the choice is remembered. */
export function MappingDialog() {
  const t = useT();
  const step = useImportFlow((s) => s.mappingStep);
  const answer = useImportFlow((s) => s.answerMapping);
  const [chosen, setChosen] = useState<Map<number, ColumnChoice[]>>(new Map());
  const current = useMemo(() => {
    const map = new Map<number, ColumnChoice[]>();
    for (const { index, file } of step?.files ?? []) map.set(index, chosen.get(index) ?? file.choices ?? []);
    return map;
  }, [step, chosen]);
  // One list of options, shared by every column's select.
  const options = useMemo(
    () =>
      CHOICES.map((choice) => (
        <option key={choice} value={choice}>
          {t(`mapping.choice.${choice}` as MessageKey)}
        </option>
      )),
    [t],
  );
  if (!step) return null;
  // Each file needs a member or skill column (and a level with both); until then there is nothing to import.
  const usable = step.files.every(({ index }) => !planFromChoices(current.get(index) ?? []).problem);
  const choose = (index: number, column: number, choice: ColumnChoice) => {
    const next = new Map(current);
    const list = [...(next.get(index) ?? [])];
    list[column] = choice;
    next.set(index, list);
    setChosen(next);
  };
  return (
    <Dialog
      title={t('mapping.title')}
      onClose={() => answer(null)}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={() => answer(null)}>
            {t('import.cancel')}
          </button>
          <button type="button" className="button primary" onClick={() => answer(current)} disabled={!usable}>
            {t('mapping.import')}
          </button>
        </>
      }
    >
      <p>{t('mapping.intro')}</p>
      {step.files.map(({ index, file }) => {
        const choices = current.get(index) ?? [];
        const plan = planFromChoices(choices);
        const preview = file.preview ?? { headers: [], rows: [] };
        const headers = preview.headers.slice(0, MAPPING_COLUMNS_SHOWN);
        const fileName = cutForDisplay(file.fileName);
        return (
          <section key={index} className="mapping" aria-label={fileName}>
            <h3 title={cutTitle(file.fileName)}>{fileName}</h3>
            <p className={plan.problem ? 'notice' : 'muted'}>
              {plan.problem
                ? t(plan.problem === 'file_no_level_column' ? 'mapping.needLevel' : 'mapping.needMember')
                : t('mapping.willImport', { kind: t(`kind.${plan.kind}` as MessageKey) })}
            </p>
            {preview.headers.length > headers.length && (
              <p className="notice">
                {t('mapping.tooWide', { count: preview.headers.length, shown: headers.length })}
              </p>
            )}
            <div className="table-scroll mapping-table">
              <table>
                <thead>
                  <tr>
                    {headers.map((h, c) => {
                      const column = h ? cutForDisplay(h) : `#${c + 1}`;
                      return (
                        <th key={c}>
                          <div className="mapping-header" title={cutTitle(h)}>
                            {column}
                          </div>
                          <select
                            aria-label={t('mapping.columnRole', { column })}
                            value={choices[c] ?? 'ignore'}
                            onChange={(e) => choose(index, c, e.target.value as ColumnChoice)}
                          >
                            {options}
                          </select>
                        </th>
                      );
                    })}
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row, r) => (
                    <tr key={r}>
                      {headers.map((_, c) => (
                        <td key={c} title={cutTitle(row[c] ?? '')}>
                          {cutForDisplay(row[c] ?? '')}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </Dialog>
  );
}
