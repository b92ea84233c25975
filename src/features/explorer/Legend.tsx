import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/i18n';
import { ACTIVITY_SYMBOLS, type ActivityMark } from '../../graph/labels';
import { activityMarkOf } from '../../graph/elements';
import { palettes, type GraphPalette } from '../../graph/palette';
import { useActivity } from '../../store/activity';
import { useAnalysis } from '../../store/analysis';
import { useT, useTheme } from '../../store/ui';

/** A 16 px picture of what the map draws, in the theme's palette (src/graph/style.ts draws the real thing). */
export function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const DIAMOND = '8,1.5 14.5,8 8,14.5 1.5,8';

type Item = { key: string; label: string; swatch: ReactNode };

/** The skill statuses, as the legend and the toolbar's counts draw them. */
export function skillItems(p: GraphPalette, label: (key: MessageKey) => string): Item[] {
  return [
    {
      key: 'gap',
      label: label('legend.gap'),
      swatch: (
        <circle
          cx="8"
          cy="8"
          r="6"
          fill={p.status.gap}
          stroke={p.statusStroke}
          strokeWidth="2"
          strokeDasharray="2.4 1.6"
        />
      ),
    },
    {
      key: 'single',
      label: label('legend.single'),
      swatch: (
        <>
          <circle cx="8" cy="8" r="6.8" fill="none" stroke={p.statusStroke} strokeWidth="1" />
          <circle
            cx="8"
            cy="8"
            r="4.8"
            fill={p.status.single_holder}
            stroke={p.statusStroke}
            strokeWidth="1"
          />
        </>
      ),
    },
    {
      key: 'covered',
      label: label('status.covered'),
      swatch: <circle cx="8" cy="8" r="6" fill={p.status.covered} stroke={p.skillBorder} strokeWidth="1" />,
    },
  ];
}

function memberItems(p: GraphPalette, label: (key: MessageKey) => string, anyLeaver: boolean): Item[] {
  const items: Item[] = [
    {
      key: 'ambassador',
      label: label('legend.ambassador'),
      swatch: <polygon points={DIAMOND} fill={p.member.ambassador} />,
    },
    {
      key: 'unique',
      label: label('legend.unique'),
      swatch: <polygon points={DIAMOND} fill={p.member.ambassador} stroke={p.unique} strokeWidth="2.5" />,
    },
    {
      key: 'employee',
      label: label('legend.employee'),
      swatch: (
        <circle cx="8" cy="8" r="4.5" fill={p.member.employee} stroke={p.employeeBorder} strokeWidth="1.5" />
      ),
    },
    {
      key: 'alumni',
      label: label('legend.alumni'),
      swatch: (
        <circle
          cx="8"
          cy="8"
          r="4.5"
          fill="none"
          stroke={p.member.alumni}
          strokeWidth="1.5"
          strokeDasharray="2 1.5"
        />
      ),
    },
  ];
  // Leavers are drawn apart only while someone is marked as leaving: the legend says so only then.
  if (anyLeaver)
    items.push({
      key: 'leaving',
      label: label('legend.leaving'),
      swatch: (
        <polygon
          points={DIAMOND}
          fill="none"
          stroke={p.member.ambassador}
          strokeWidth="2"
          strokeDasharray="2.5 1.5"
        />
      ),
    });
  return items;
}

/** A marked ambassador's name as the map draws it: the symbol in a tag, solid (overloaded) or dashed (quiet). */
function activityItem(p: GraphPalette, label: (key: MessageKey) => string, mark: ActivityMark): Item {
  const overloaded = mark === 'overloaded';
  return {
    key: `activity-${mark}`,
    label: label(overloaded ? 'legend.activity.overloaded' : 'legend.activity.quiet'),
    swatch: (
      <>
        <rect
          x="1"
          y="2"
          width="14"
          height="12"
          rx="3"
          fill={p.background}
          stroke={overloaded ? p.status.gap : p.statusStroke}
          strokeWidth={overloaded ? 2 : 1.5}
          strokeDasharray={overloaded ? undefined : '2.5 1.5'}
        />
        <text x="8" y="11.5" textAnchor="middle" fontSize="9" fontWeight="bold" fill={p.label}>
          {ACTIVITY_SYMBOLS[mark]}
        </text>
      </>
    ),
  };
}

function linkItems(p: GraphPalette, label: (key: MessageKey) => string): Item[] {
  return [
    {
      key: 'holds',
      label: label('legend.edgeHolds'),
      swatch: <line x1="1" y1="8" x2="15" y2="8" stroke={p.edgeHolds} strokeWidth="2" />,
    },
    {
      key: 'below',
      label: label('legend.edgeBelow'),
      swatch: (
        <line x1="1" y1="8" x2="15" y2="8" stroke={p.edgeHolds} strokeWidth="1.2" strokeDasharray="3 2" />
      ),
    },
    {
      key: 'category',
      label: label('legend.category'),
      swatch: (
        <rect
          x="1"
          y="3"
          width="14"
          height="10"
          rx="3"
          fill={p.category}
          fillOpacity="0.12"
          stroke={p.category}
        />
      ),
    },
  ];
}

/** The organisation overview's marks: departments as boxes sized by their people, and the links between. */
function overviewItems(p: GraphPalette, label: (key: MessageKey) => string): Item[] {
  return [
    {
      key: 'department',
      label: label('legend.overview.department'),
      swatch: (
        <rect
          x="1"
          y="4"
          width="14"
          height="8"
          rx="2"
          fill={p.category}
          fillOpacity="0.25"
          stroke={p.categoryLabel}
        />
      ),
    },
    {
      key: 'edge',
      label: label('legend.overview.edge'),
      swatch: <line x1="1" y1="8" x2="15" y2="8" stroke={p.edgeHolds} strokeWidth="3" />,
    },
  ];
}

/**
 * Every colour and shape the map draws, grouped by skills, people and links (on the organisation overview:
 * statuses, departments and links); it folds away to one button.
 */
export function Legend({ overview = false }: { overview?: boolean }) {
  const t = useT();
  const p = palettes[useTheme()];
  const anyLeaver = useAnalysis().leaver.includes(1);
  // like leavers, the activity marks are explained only while someone carries one
  const activity = useActivity();
  const marks = (['overloaded', 'quiet'] as const).filter((mark) =>
    activity.rows.some((r) => activityMarkOf(activity, r.member.key) === mark),
  );
  const [open, setOpen] = useState(true);
  const groups: { heading: MessageKey; items: Item[] }[] = overview
    ? [
        { heading: 'legend.overview.statuses', items: skillItems(p, t) },
        { heading: 'legend.overview.departments', items: overviewItems(p, t) },
      ]
    : [
        { heading: 'legend.skills', items: skillItems(p, t) },
        {
          heading: 'legend.people',
          items: [...memberItems(p, t, anyLeaver), ...marks.map((mark) => activityItem(p, t, mark))],
        },
        { heading: 'legend.links', items: linkItems(p, t) },
      ];
  return (
    <aside className="legend" aria-label={t('legend.title')}>
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('legend.title')}
      </button>
      {open && (
        // one list, so that the items flow on as few lines as the width allows; each group starts with its name
        <ul>
          {groups.map(({ heading, items }) => [
            <li key={heading} className="legend-heading">
              {t(heading)}
            </li>,
            ...items.map((item) => (
              <li key={`${heading}:${item.key}`}>
                <Swatch>{item.swatch}</Swatch>
                {item.label}
              </li>
            )),
          ])}
        </ul>
      )}
    </aside>
  );
}
