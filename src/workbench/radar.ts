/**
 * The profile radar as SVG text: one axis per competency, one ring per level, the actual levels
 * against the target profile. The workbench draws it beside the grid and turns it into a PNG
 * for the deck (the Office implementation uses Excel's own radar chart instead).
 */

export interface RadarSeries {
  name: string;
  /** One value per category; null where there is none (drawn at the centre, like a blank in Excel's radar). */
  values: (number | null)[];
  color: string;
  dashed?: boolean;
}

export interface RadarData {
  title: string;
  categories: string[];
  series: RadarSeries[];
  /** The outer ring's value (the number of levels of the scale). */
  max: number;
  /** Names of the rings 1…max (the level labels); numbers when absent. */
  ringLabels?: string[];
}

export const RADAR_WIDTH = 520;
export const RADAR_HEIGHT = 420;
export const RADAR_COLORS = { actual: '#2E75B6', target: '#ED7D31' };
const FONT = "'Segoe UI', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const MAX_LABEL_LINES = 3;

/**
 * A label broken into lines of about `width` columns (a CJK character counts two), at spaces where
 * there are some: labels stay whole, so two competencies never read alike. Only a label longer
 * than three lines loses its end (the full text is in its tooltip and the cell).
 */
export function labelLines(label: string, width: number): string[] {
  const lines = wrapLabel(label, width);
  if (lines.length < 2) return lines;
  // Lines of even length: "通用基 / 础知识", not "通用基础知 / 识".
  const even = wrapLabel(label, Math.ceil(labelColumns(label) / lines.length));
  return even.length <= lines.length ? even : lines;
}

function labelColumns(text: string): number {
  return [...text].reduce((sum, ch) => sum + (WIDE.test(ch) ? 2 : 1), 0);
}

function wrapLabel(label: string, width: number): string[] {
  const columns = labelColumns;
  const words = label.trim().split(/(?<=\s)|(?<=[\u2e80-\ua4cf\uff00-\uff60])|(?=[\u2e80-\ua4cf\uff00-\uff60])/u).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && columns(line + word.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += line === '' ? word.trimStart() : word;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= MAX_LABEL_LINES) return lines;
  const kept = lines.slice(0, MAX_LABEL_LINES);
  kept[MAX_LABEL_LINES - 1] = `${kept[MAX_LABEL_LINES - 1]}…`;
  return kept;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function radarSvg(data: RadarData): string {
  const width = RADAR_WIDTH;
  const height = RADAR_HEIGHT;
  const cx = width / 2;
  const cy = 44 + (height - 44 - 44) / 2;
  // Room around the rings for labels of up to three lines.
  const radius = Math.min(width / 2 - 110, (height - 88) / 2 - 34);
  const n = Math.max(data.categories.length, 1);
  const max = Math.max(data.max, 1);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, value: number) => {
    const r = (Math.max(0, Math.min(value, max)) / max) * radius;
    return [round(cx + r * Math.cos(angle(i))), round(cy + r * Math.sin(angle(i)))];
  };
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" role="img" aria-label="${escapeXml(data.title)}">`);
  parts.push(`<rect width="${width}" height="${height}" fill="#FFFFFF"/>`);
  parts.push(`<text x="${cx}" y="26" text-anchor="middle" font-size="16" font-weight="600" fill="#262626">${escapeXml(data.title)}</text>`);
  // Rings, one per level, with the level's name on the first axis.
  for (let level = 1; level <= max; level++) {
    const ring = data.categories.map((_, i) => point(i, level).join(',')).join(' ');
    parts.push(n >= 3 ? `<polygon points="${ring}" fill="none" stroke="#D9D9D9" stroke-width="1"/>` : `<circle cx="${cx}" cy="${cy}" r="${round((level / max) * radius)}" fill="none" stroke="#D9D9D9"/>`);
    const [x, y] = point(0, level);
    const label = data.ringLabels?.[level - 1] ?? String(level);
    parts.push(`<text x="${x + 4}" y="${y + 4}" font-size="10" fill="#8A8A8A">${escapeXml(label)}</text>`);
  }
  // Axes and category labels.
  data.categories.forEach((category, i) => {
    const [x, y] = point(i, max);
    parts.push(`<line x1="${cx}" y1="${cy}" x2="${x}" y2="${y}" stroke="#D9D9D9" stroke-width="1"/>`);
    const lx = round(cx + (radius + 14) * Math.cos(angle(i)));
    const ly = round(cy + (radius + 14) * Math.sin(angle(i)));
    const cos = Math.cos(angle(i));
    const sin = Math.sin(angle(i));
    // Near the top and the bottom neighbours are close side by side: centred, narrower lines.
    const anchor = Math.abs(cos) < 0.4 ? 'middle' : cos > 0 ? 'start' : 'end';
    const lines = labelLines(category, Math.abs(cos) < 0.4 ? 10 : n > 12 ? 12 : 16);
    // Lines grow away from the chart: upwards above it, downwards below it, centred at the sides.
    const first = sin < -0.2 ? -(lines.length - 1) * 12 : sin > 0.2 ? 0 : -((lines.length - 1) * 12) / 2;
    const spans = lines.map((line, k) => `<tspan x="${lx}" y="${round(ly + 4 + first + k * 12)}">${escapeXml(line)}</tspan>`).join('');
    parts.push(`<text text-anchor="${anchor}" font-size="11" fill="#404040" data-axis="${i + 1}"><title>${escapeXml(category)}</title>${spans}</text>`);
  });
  // Series: the target first, so the actual levels draw on top.
  // An unrated competency is no point of the series (not a 0 at the centre): the line joins its rated neighbours.
  [...data.series].reverse().forEach((series) => {
    const rated = data.categories.map((_, i) => i).filter((i) => typeof series.values[i] === 'number');
    if (rated.length === 0) return;
    const points = rated.map((i) => point(i, series.values[i] as number).join(',')).join(' ');
    parts.push(
      `<polygon points="${points}" fill="${series.color}" fill-opacity="${series.dashed ? 0.08 : 0.22}" stroke="${series.color}" stroke-width="2"${series.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    data.categories.forEach((_, i) => {
      if (series.values[i] === null || series.values[i] === undefined) return;
      const [x, y] = point(i, series.values[i] as number);
      parts.push(`<circle cx="${x}" cy="${y}" r="3" fill="${series.color}"/>`);
    });
  });
  // Legend.
  const legendY = height - 18;
  let legendX = cx - data.series.length * 60;
  for (const series of data.series) {
    parts.push(`<line x1="${legendX}" y1="${legendY - 4}" x2="${legendX + 22}" y2="${legendY - 4}" stroke="${series.color}" stroke-width="3"${series.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    parts.push(`<text x="${legendX + 28}" y="${legendY}" font-size="12" fill="#404040">${escapeXml(series.name)}</text>`);
    legendX += 120;
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Draws SVG text onto a canvas and returns the PNG, base64-encoded (browser only). */
export async function svgToPngBase64(svg: string, width = RADAR_WIDTH, height = RADAR_HEIGHT, scale = 2): Promise<string> {
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('The chart image could not be drawn.'));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the chart image (no canvas).');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}
