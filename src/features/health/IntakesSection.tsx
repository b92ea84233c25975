// Intakes compared (docs/contract.md#intakes-over-time): save the workspace as it is now under a name, keep a
// list of those snapshots (rename, delete), and compare two of them, or one with the workspace now.
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { freeIntakeName } from '../../domain/intakes';
import type { IntakeInfo } from '../../store/intakeStorage';
import { useIntakes } from '../../store/intakes';
import { useLocale, useNumberFormat, useT } from '../../store/ui';
import type { SectionProps } from './sectionProps';
import { IntakeCompare } from './IntakeCompare';

type Refusal = 'empty_name' | 'name_taken' | 'unknown_intake' | 'quota' | 'unavailable' | 'newer';

/** Why a name was refused or a storage call failed, in the UI language. */
function useRefusalText() {
  const t = useT();
  return (reason: Refusal, name: string) =>
    reason === 'empty_name' || reason === 'name_taken'
      ? t(`intakes.refused.${reason}`, { name: name.trim() })
      : reason === 'unknown_intake'
        ? t('intakes.problem.unavailable')
        : t(`intakes.problem.${reason}`);
}

export function IntakesSection({ ExportButton }: SectionProps) {
  const t = useT();
  const intakes = useIntakes((s) => s.intakes);
  const loaded = useIntakes((s) => s.loaded);
  const problem = useIntakes((s) => s.problem);
  const load = useIntakes((s) => s.load);
  // Other tabs may have saved snapshots since this tab last looked.
  useEffect(() => void load(), [load]);
  return (
    <div className="intakes-section">
      <p className="muted">{t('intakes.intro')}</p>
      {problem && (
        <p className="notice" role="alert">
          {t(`intakes.problem.${problem}`)}
        </p>
      )}
      <SaveForm intakes={intakes} />
      {loaded && intakes.length === 0 ? (
        <p className="intakes-empty">{t('intakes.empty')}</p>
      ) : (
        <>
          <SnapshotList intakes={intakes} />
          <IntakeCompare intakes={intakes} ExportButton={ExportButton} />
        </>
      )}
    </div>
  );
}

function SaveForm({ intakes }: { intakes: IntakeInfo[] }) {
  const t = useT();
  const id = useId();
  const saveCurrent = useIntakes((s) => s.saveCurrent);
  const refusal = useRefusalText();
  // Until the person types, the name follows the language and the names taken ("Intake 2026 (2)" after one).
  const [typed, setTyped] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const suggested = freeIntakeName(
    t('intakes.defaultName', { year: new Date().getFullYear() }),
    intakes.map((i) => i.name),
  );
  const name = typed ?? suggested;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await saveCurrent(name);
    setBusy(false);
    if (result.ok) {
      setTyped(null);
      setMessage({ ok: true, text: t('intakes.saved', { name: result.info.name }) });
    } else setMessage({ ok: false, text: refusal(result.reason, name) });
  };

  return (
    <form className="intakes-save" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-name`}>{t('intakes.name')}</label>
      <input
        id={`${id}-name`}
        type="text"
        value={name}
        maxLength={120}
        aria-invalid={message?.ok === false}
        aria-describedby={message ? `${id}-message` : undefined}
        onChange={(e) => {
          setTyped(e.target.value);
          setMessage(null);
        }}
      />
      <button type="submit" disabled={busy}>
        {t('intakes.save')}
      </button>
      {message && (
        <span
          id={`${id}-message`}
          className={message.ok ? 'intakes-saved' : 'notice'}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text}
        </span>
      )}
    </form>
  );
}

function SnapshotList({ intakes }: { intakes: IntakeInfo[] }) {
  const t = useT();
  const id = useId();
  const locale = useLocale();
  const { num } = useNumberFormat();
  const date = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    [locale],
  );
  if (intakes.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('intakes.saved.title')}</h3>
      <div className="table-scroll">
        <table className="gap-table intakes-list" aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">{t('intakes.col.name')}</th>
              <th scope="col">{t('intakes.col.savedAt')}</th>
              <th scope="col" className="num">
                {t('intakes.col.members')}
              </th>
              <th scope="col" className="num">
                {t('intakes.col.ambassadors')}
              </th>
              <th scope="col" className="num">
                {t('intakes.col.skills')}
              </th>
              <th scope="col">{t('intakes.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {intakes.map((intake) => (
              <tr key={intake.id}>
                <th scope="row">{intake.name}</th>
                <td>{savedAt(date, intake.savedAt)}</td>
                <td className="num">{num(intake.members)}</td>
                <td className="num">
                  {intake.ambassadors === null ? t('intakes.absent') : num(intake.ambassadors)}
                </td>
                <td className="num">{num(intake.skills)}</td>
                <td>
                  <SnapshotActions intake={intake} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function savedAt(format: Intl.DateTimeFormat, iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : format.format(time);
}

/** Rename (in place, refusals next to the field) and Delete (asks first). */
function SnapshotActions({ intake }: { intake: IntakeInfo }) {
  const t = useT();
  const id = useId();
  const rename = useIntakes((s) => s.rename);
  const remove = useIntakes((s) => s.remove);
  const refusal = useRefusalText();
  const [mode, setMode] = useState<'idle' | 'rename' | 'delete'>('idle');
  const [name, setName] = useState(intake.name);
  const [error, setError] = useState<string | null>(null);

  if (mode === 'rename') {
    const submit = async (event: FormEvent) => {
      event.preventDefault();
      const result = await rename(intake.id, name);
      if (result.ok) setMode('idle');
      else setError(refusal(result.reason, name));
    };
    return (
      <form className="row-actions intakes-rename" onSubmit={(e) => void submit(e)}>
        <input
          type="text"
          value={name}
          maxLength={120}
          aria-label={t('intakes.renameTo', { name: intake.name })}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
        <button type="submit">{t('intakes.renameSave')}</button>
        <button type="button" onClick={() => setMode('idle')}>
          {t('intakes.cancel')}
        </button>
        {error && (
          <span id={`${id}-error`} className="notice" role="alert">
            {error}
          </span>
        )}
      </form>
    );
  }
  if (mode === 'delete')
    return (
      <div
        className="row-actions"
        role="group"
        aria-label={t('intakes.deleteConfirm', { name: intake.name })}
      >
        <span>{t('intakes.deleteConfirm', { name: intake.name })}</span>
        <button type="button" onClick={() => void remove(intake.id)}>
          {t('intakes.deleteYes')}
        </button>
        <button type="button" onClick={() => setMode('idle')}>
          {t('intakes.cancel')}
        </button>
      </div>
    );
  return (
    <div className="row-actions">
      <button
        type="button"
        aria-label={t('intakes.renameOf', { name: intake.name })}
        onClick={() => {
          setName(intake.name);
          setError(null);
          setMode('rename');
        }}
      >
        {t('intakes.rename')}
      </button>
      <button
        type="button"
        aria-label={t('intakes.deleteOf', { name: intake.name })}
        onClick={() => setMode('delete')}
      >
        {t('intakes.delete')}
      </button>
    </div>
  );
}
