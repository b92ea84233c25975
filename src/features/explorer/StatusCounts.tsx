import type { MessageKey } from '../../i18n/i18n';
import { palettes } from '../../graph/palette';
import { useT, useTheme } from '../../store/ui';
import { skillItems, Swatch } from './Legend';

interface StatusCountsProps {
  gaps: number;
  single: number;
  covered: number;
  /** The counts are the whole club's while a filter narrows the map: say so, so they are not read as the map's. */
  wholeClub?: boolean;
}

const BADGES: { key: 'gap' | 'single' | 'covered'; word: MessageKey }[] = [
  { key: 'gap', word: 'graph.badge.gaps' },
  { key: 'single', word: 'graph.badge.single' },
  { key: 'covered', word: 'graph.badge.covered' },
];

/** The skills' statuses as three small badges with the map's own symbols; one sentence for screen readers. */
export function StatusCounts({ gaps, single, covered, wholeClub = false }: StatusCountsProps) {
  const t = useT();
  const swatches = new Map(skillItems(palettes[useTheme()], t).map((item) => [item.key, item.swatch]));
  const counts = { gap: gaps, single, covered };
  const sentence = t(wholeClub ? 'graph.summary.wholeClub' : 'graph.summary', { gaps, single, covered });
  return (
    <span className="status-counts" title={sentence}>
      <span className="visually-hidden">{sentence}</span>
      {BADGES.map(({ key, word }) => (
        <span key={key} className={`status-badge ${key}`} aria-hidden="true">
          <Swatch>{swatches.get(key)}</Swatch>
          <span className="status-word">{t(word)}</span>
          <b>{counts[key]}</b>
        </span>
      ))}
    </span>
  );
}
