import { useState } from 'react';
import { downloadBlob } from '../../components/download';
import { pngFileName, type GraphCanvasApi, type PngFrameText } from '../../graph/canvasApi';
import type { Translate } from '../../i18n/i18n';
import { useAnalysis } from '../../store/analysis';
import { useLocale, useT, useUi } from '../../store/ui';
import { useShallow } from 'zustand/react/shallow';

/**
 * Saves the whole map as drawn (all of it, not just the part in view) as a PNG, titled with what it shows — people,
 * focus, filters, date — and with its legend, so that a picture on a slide explains itself.
 */
export function ExportPngButton({ canvas }: { canvas: GraphCanvasApi | null }) {
  const t = useT();
  const locale = useLocale();
  const analysis = useAnalysis();
  const { graphMode, focused, filter } = useUi(
    useShallow((s) => ({ graphMode: s.graphMode, focused: s.focused, filter: s.filter })),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const frame = (now: Date): PngFrameText => {
    const focusName =
      focused?.kind === 'skill'
        ? analysis.bySkill.get(focused.key)?.skill.name
        : focused?.kind === 'member'
          ? analysis.memberByKey.get(focused.key)?.name
          : focused?.key;
    const chosen = [...filter.categories, ...filter.departments, ...filter.locations].map(
      (v) => v || t('category.uncategorised'),
    );
    const subtitle = [
      t(graphMode === 'ambassadors' ? 'graph.png.ambassadors' : 'graph.png.everyone'),
      focusName ? t('graph.png.focus', { name: focusName }) : '',
      chosen.length > 0 ? t('graph.png.filtered', { values: chosen.join(', ') }) : '',
      now.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' }),
    ].filter(Boolean);
    return { title: t('app.title'), subtitle: subtitle.join(' · '), legend: legendWords(t) };
  };
  const save = async () => {
    if (!canvas) return;
    setBusy(true);
    try {
      const now = new Date();
      downloadBlob(pngFileName(now), await canvas.png(frame(now)));
      setFailure(null);
    } catch (error) {
      // the canvas can refuse (a picture too large for the browser): say so, the map stays as it is
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button small"
        disabled={canvas === null || busy}
        onClick={() => void save()}
      >
        {t('graph.exportPng')}
      </button>
      {failure !== null && (
        <span className="notice" role="alert">
          {t('graph.exportPng.failed', { reason: failure })}
        </span>
      )}
    </>
  );
}

function legendWords(t: Translate): PngFrameText['legend'] {
  return {
    gap: t('legend.gap'),
    single: t('legend.single'),
    covered: t('status.covered'),
    ambassador: t('legend.ambassador'),
    employee: t('legend.employee'),
    alumni: t('legend.alumni'),
    unique: t('legend.unique'),
  };
}
