import { useMemo } from 'react';
import { downloadText } from '../../components/download';
import { targetsLookLikeDefaults } from '../../domain/skillValues';
import { toCsv } from '../../io/csv';
import { skillsTable, WORKSPACE_CSV_WORDS } from '../../io/workspaceCsv';
import { csvLangFor, csvOptionsFor, useT, useUi } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';

/**
 * Without a skills file every target is the default 1, which makes the gaps look smaller than they are: say so
 * where the gaps are shown, and offer the targets editor and a skills file to fill in.
 */
export function DefaultTargetsNotice() {
  const t = useT();
  const workspace = useWorkspace((s) => s.workspace);
  const setTab = useUi((s) => s.setTab);
  const lang = useUi((s) => s.lang);
  const csv = useUi((s) => s.csv);
  const show = useMemo(() => targetsLookLikeDefaults(workspace), [workspace]);
  if (!show) return null;

  // The workspace export's skills file, in the person's header language and delimiter. Always UTF-8 like that
  // export: the template is imported back, and a name Windows-1251 cannot hold would come back as another skill.
  const downloadTemplate = () => {
    const words = WORKSPACE_CSV_WORDS[csvLangFor(lang, csv)];
    const table = skillsTable(workspace, words);
    downloadText(words.fileNames.skills, toCsv(table.header, table.rows, csvOptionsFor(lang, csv)));
  };
  return (
    <div className="notice defaults-notice" role="note">
      <span>{t('targets.defaultsNotice')}</span>
      <button type="button" className="button" onClick={() => setTab('targets')}>
        {t('targets.openEditor')}
      </button>
      <button type="button" className="button" onClick={downloadTemplate}>
        {t('targets.downloadTemplate')}
      </button>
    </div>
  );
}
