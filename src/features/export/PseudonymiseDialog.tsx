// The dialog of Export pseudonymised workspace, loaded with its rules (HMAC, grouping) when first opened.
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/ui/Dialog';
import { downloadBlob } from '../../components/download';
import {
  DEFAULT_SMALL_GROUP,
  memberKeysOf,
  MIN_SECRET_LENGTH,
  pseudonymiseExport,
  pseudonymsFor,
  type SecretProblem,
} from '../../domain/pseudonymise';
import { WORKSPACE_CSV_WORDS, workspaceCsvFiles } from '../../io/workspaceCsv';
import { csvLangFor, csvOptionsFor, useT, useUi } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

export function PseudonymiseDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const formId = useId();
  const secretError = useId();
  const kError = useId();
  const [secret, setSecret] = useState('');
  const [kText, setKText] = useState(String(DEFAULT_SMALL_GROUP));
  const [problem, setProblem] = useState<SecretProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const k = Number(kText);
  const kWrong = !/^\s*\d+\s*$/.test(kText) || !Number.isInteger(k) || k < 1;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (kWrong || busy) return;
    const { lang, csv } = useUi.getState();
    const workspace = useWorkspace.getState().workspace;
    setBusy(true);
    try {
      // The zip writer and the intake snapshots load with the first export, as for Export workspace.
      const [{ strToU8, zipSync }, { useIntakes }, { intakeCsvFiles }] = await Promise.all([
        import('fflate'),
        import('../../store/intakes'),
        import('../../io/intakeCsv'),
      ]);
      const intakes = await useIntakes.getState().forExport();
      // One pseudonym per person across the workspace and its snapshots: the same HMAC key for all.
      const result = await pseudonymsFor(crypto.subtle, secret, memberKeysOf(workspace, intakes));
      if (!result.ok) return setProblem(result.problem);
      const options = {
        pseudonymOf: (key: string) => result.pseudonyms.get(key)!,
        k,
        otherLabel: t('pseudo.other'),
      };
      const csvLang = csvLangFor(lang, csv);
      const words = WORKSPACE_CSV_WORDS[csvLang];
      const csvOptions = csvOptionsFor(lang, csv);
      // Which departments and locations keep their name is decided once over the workspace and every snapshot.
      const pseudonymised = pseudonymiseExport(workspace, intakes, options);
      const files = [
        ...workspaceCsvFiles(pseudonymised.workspace, words, csvOptions),
        ...intakeCsvFiles(pseudonymised.intakes, words, csvOptions, csvLang),
      ];
      const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])));
      const stamp = new Date().toISOString().slice(0, 10);
      downloadBlob(
        `${t('pseudo.fileName')}-${stamp}.zip`,
        new Blob([zip as BlobPart], { type: 'application/zip' }),
      );
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('pseudo.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('pseudo.cancel')}
          </button>
          <button type="submit" form={formId} className="button primary" disabled={busy}>
            {t('pseudo.export')}
          </button>
        </>
      }
    >
      <form id={formId} className="pseudo-form" onSubmit={(e) => void submit(e)} noValidate>
        <label>
          {t('pseudo.secret')}
          <input
            type="password"
            autoComplete="new-password"
            value={secret}
            aria-invalid={problem !== null}
            aria-describedby={problem ? secretError : undefined}
            onChange={(e) => {
              setSecret(e.target.value);
              setProblem(null);
            }}
          />
        </label>
        {problem && (
          <span id={secretError} className="field-error" role="alert">
            {t(problem === 'empty' ? 'pseudo.secretEmpty' : 'pseudo.secretShort', {
              count: MIN_SECRET_LENGTH,
            })}
          </span>
        )}
        <p className="pseudo-note">{t('pseudo.secretNote')}</p>
        <label>
          {t('pseudo.k')}
          <input
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={kText}
            aria-invalid={kWrong}
            aria-describedby={kWrong ? kError : undefined}
            onChange={(e) => setKText(e.target.value)}
          />
        </label>
        {kWrong && (
          <span id={kError} className="field-error" role="alert">
            {t('pseudo.kInvalid')}
          </span>
        )}
        <p className="pseudo-note">{t('pseudo.kept')}</p>
        <p className="pseudo-note">{t('pseudo.removed')}</p>
      </form>
    </Dialog>
  );
}
