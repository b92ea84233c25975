// The exported picture of the map with what a reader needs beside it: a title, a line saying what is shown, and a
// legend of the colours and rings — a map pasted into a slide explains itself. Drawn on a plain 2D canvas around
// the picture cytoscape made.
import { palettes, type Theme } from './palette';

/** The words of the frame, in the interface language. */
export interface PngFrameText {
  title: string;
  subtitle: string;
  legend: {
    gap: string;
    single: string;
    covered: string;
    ambassador: string;
    employee: string;
    alumni: string;
    unique: string;
  };
}

type Mark =
  | { kind: 'skill'; fill: string; ring: 'dashed' | 'double' | 'thin' }
  | { kind: 'member'; fill: string; ring?: string; diamond?: boolean };

/** Frame sizes in CSS pixels; multiplied by the picture's scale. */
const PAD = 24;
const TITLE = 26;
const SUBTITLE = 15;
const LEGEND = 14;
const SWATCH = 14;

export async function framePng(map: Blob, text: PngFrameText, theme: Theme, scale: number): Promise<Blob> {
  const p = palettes[theme];
  const image = await createImageBitmap(map);
  const u = (n: number) => n * scale;
  const font = (size: number, weight = 'normal') =>
    `${weight} ${u(size)}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`;
  const items: [string, Mark][] = [
    [text.legend.gap, { kind: 'skill', fill: p.status.gap, ring: 'dashed' }],
    [text.legend.single, { kind: 'skill', fill: p.status.single_holder, ring: 'double' }],
    [text.legend.covered, { kind: 'skill', fill: p.status.covered, ring: 'thin' }],
    [text.legend.ambassador, { kind: 'member', fill: p.member.ambassador, diamond: true }],
    [text.legend.unique, { kind: 'member', fill: p.member.ambassador, ring: p.unique, diamond: true }],
    [text.legend.employee, { kind: 'member', fill: p.member.employee, ring: p.employeeBorder }],
    [text.legend.alumni, { kind: 'member', fill: p.member.alumni }],
  ];

  // Legend items flow in rows as wide as the picture (at least as wide as the title needs).
  const measure = new OffscreenCanvas(1, 1).getContext('2d')!;
  measure.font = font(LEGEND);
  const widths = items.map(([label]) => u(SWATCH + 6) + measure.measureText(label).width + u(18));
  measure.font = font(TITLE, 'bold');
  const width = Math.max(
    image.width + u(2 * PAD),
    measure.measureText(text.title).width + u(2 * PAD),
    u(480),
  );
  const rows: number[][] = [[]];
  let x = u(PAD);
  widths.forEach((w, i) => {
    if (x + w > width - u(PAD) && rows.at(-1)!.length > 0) {
      rows.push([]);
      x = u(PAD);
    }
    rows.at(-1)!.push(i);
    x += w;
  });
  const header = u(PAD + TITLE + 8 + SUBTITLE + 12);
  const footer = u(12 + rows.length * (LEGEND + 12) + PAD - 12);
  const canvas = new OffscreenCanvas(width, header + image.height + footer);
  const g = canvas.getContext('2d')!;
  g.fillStyle = p.background;
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.textBaseline = 'top';
  g.fillStyle = p.label;
  g.font = font(TITLE, 'bold');
  g.fillText(text.title, u(PAD), u(PAD));
  g.fillStyle = p.memberLabel;
  g.font = font(SUBTITLE);
  g.fillText(text.subtitle, u(PAD), u(PAD + TITLE + 8));
  const mapHeight = image.height;
  g.drawImage(image, Math.round((width - image.width) / 2), header);
  image.close(); // its size reads 0 from here on

  g.font = font(LEGEND);
  g.textBaseline = 'middle';
  rows.forEach((row, r) => {
    let left = u(PAD);
    const mid = header + mapHeight + u(12 + r * (LEGEND + 12) + LEGEND / 2);
    for (const i of row) {
      drawMark(g, items[i][1], left + u(SWATCH / 2), mid, u(SWATCH / 2), p.statusStroke, scale);
      g.fillStyle = p.label;
      g.fillText(items[i][0], left + u(SWATCH + 6), mid);
      left += widths[i];
    }
  });
  return canvas.convertToBlob({ type: 'image/png' });
}

function drawMark(
  g: OffscreenCanvasRenderingContext2D,
  mark: Mark,
  cx: number,
  cy: number,
  r: number,
  stroke: string,
  scale: number,
) {
  g.beginPath();
  if (mark.kind === 'member' && mark.diamond) {
    g.moveTo(cx, cy - r);
    g.lineTo(cx + r, cy);
    g.lineTo(cx, cy + r);
    g.lineTo(cx - r, cy);
    g.closePath();
  } else g.arc(cx, cy, r * 0.9, 0, 2 * Math.PI);
  g.fillStyle = mark.fill;
  g.fill();
  g.setLineDash([]);
  if (mark.kind === 'skill') {
    g.strokeStyle = stroke;
    g.lineWidth = scale * (mark.ring === 'thin' ? 0.5 : 1.2);
    if (mark.ring === 'dashed') g.setLineDash([2 * scale, 2 * scale]);
    g.stroke();
    if (mark.ring === 'double') {
      g.beginPath();
      g.arc(cx, cy, r * 0.55, 0, 2 * Math.PI);
      g.stroke();
    }
    g.setLineDash([]);
  } else if (mark.ring) {
    g.strokeStyle = mark.ring;
    g.lineWidth = scale * 2;
    g.stroke();
  }
}
