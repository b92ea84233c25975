import { downloadBlob } from '../../components/download';
import { csvLangFor, csvOptionsFor, useT, useUi } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

/**
 * One zip with members, skills and expertise as canonical CSV files, and the named intake snapshots in folders
 * of the same files; importing it gives the same workspace and adds the snapshots. It
 * follows the header language and delimiter, but is always UTF-8: Windows-1251 would lose names it cannot hold.
 */
export function ExportWorkspaceButton() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const csv = useUi((s) => s.csv);
  const workspace = useWorkspace((s) => s.workspace);
  const exportWorkspace = async () => {
    // The zip writer, the CSV writers and the snapshots' store load with the first export: most visits never export.
    const [
      { strToU8, zipSync },
      { useIntakes },
      { intakeCsvFiles },
      { WORKSPACE_CSV_WORDS, workspaceCsvFiles },
    ] = await Promise.all([
      import('fflate'),
      import('../../store/intakes'),
      import('../../io/intakeCsv'),
      import('../../io/workspaceCsv'),
    ]);
    const words = WORKSPACE_CSV_WORDS[csvLangFor(lang, csv)];
    const options = csvOptionsFor(lang, csv);
    // The named intake snapshots travel with the workspace, each in its own folder.
    const intakes = await useIntakes.getState().forExport();
    const files = [
      ...workspaceCsvFiles(workspace, words, options),
      ...intakeCsvFiles(intakes, words, options, csvLangFor(lang, csv)),
    ];
    const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)])));
    const stamp = new Date().toISOString().slice(0, 10);
    downloadBlob(
      `${t('csv.workspaceFileName')}-${stamp}.zip`,
      new Blob([zip as BlobPart], { type: 'application/zip' }),
    );
  };
  return (
    <button
      type="button"
      className="button"
      onClick={() => void exportWorkspace()}
      disabled={workspace.members.length + workspace.skills.length === 0}
    >
      {t('export.workspace')}
    </button>
  );
}
