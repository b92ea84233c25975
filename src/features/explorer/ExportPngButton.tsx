import { useState } from 'react';
import { downloadBlob } from '../../components/download';
import { pngFileName, type GraphCanvasApi } from '../../graph/canvasApi';
import { useT } from '../../store/ui';

/** Saves the whole map as drawn (all of it, not just the part in view) as a PNG. */
export function ExportPngButton({ canvas }: { canvas: GraphCanvasApi | null }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async () => {
    if (!canvas) return;
    setBusy(true);
    try {
      downloadBlob(pngFileName(new Date()), await canvas.png());
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
