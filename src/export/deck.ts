import type PptxGenJS from 'pptxgenjs';
import type { Locale } from '../core/model/types';
import type { AssessmentSnapshot } from '../core/rating/snapshot';
import { levelLabel, personProfile, teamSummary, type OverallStatus, type PersonProfile } from './profile';
import { fittingSize, lineCount, lineHeight, paragraphHeight } from './fit';
import { deckStrings, type DeckStrings } from './strings';
import type { CompetencySpread } from '../core/raters/person-spread';
import { spreadStrings, spreadTable, type SpreadCell } from './spread-slide';

/**
 * The presentation of an assessment: a title slide, one slide per person with a native
 * (editable) radar chart of the person's levels against the role's target and the gaps beside it, and
 * a team summary (average level against average target, and everyone's overall status).
 *
 * pptxgenjs is imported on demand, so the pane's bundle does not carry it until someone exports.
 * Works in Node and in the browser. Slides are 16:9 wide (13.33 × 7.5 in).
 *
 * Fonts: a run in a pptx names one face per script class. Every run here uses Microsoft YaHei (in
 * Windows since Vista and installed with Office for Mac), which has both Latin and CJK glyphs, so Chinese
 * names show in an English deck too. Chart text names it as the Latin face and carries `lang`, so Office
 * takes the theme's Simplified Chinese face (DengXian) for CJK characters there. LibreOffice substitutes
 * through fontconfig (Noto Sans CJK SC with fonts-noto-cjk; see scripts/preview-deck.sh).
 */

export const DECK_FONT = 'Microsoft YaHei';

export interface DeckOptions {
  /** Title of the deck; the localized "Competency assessment report" by default. */
  title?: string;
  /** The date shown on the title slide, as given; today's date in the locale's long form by default. */
  date?: string;
  /** Per person of the snapshot (same order): the spread per role of their ratings, null for no ratings; a slide each. */
  spreads?: readonly (readonly CompetencySpread[] | null)[];
}

const SLIDE_W = 13.333;
const COLORS = {
  actual: '2E75B6',
  target: 'ED7D31',
  text: '262626',
  muted: '6B6B6B',
  below: 'C00000',
  rule: 'BFBFBF',
  header: 'DEEAF6',
};
/** Right-hand panel of a person slide: scale key and gap list. */
const PANEL = { x: 7.9, y: 1.45, w: 4.93, h: 5.45 };
const BULLET_INDENT_PT = 12;
/** Status tables: font size, row height of one line, cell margins (inches), room on the slides. */
const TABLE = { font: 10, rowH: 0.3, margin: 0.05, firstX: 7.9, firstW: [1.8, 1.6, 1.53], firstY: 1.85, nextW: [2.3, 1.7, 2.0], nextY: 1.5, bottom: 6.85 };

type Slide = PptxGenJS.Slide;
type TextRun = PptxGenJS.TextProps;
type Person = AssessmentSnapshot['people'][number];

export async function buildDeck(snapshot: AssessmentSnapshot, locale: Locale, options?: DeckOptions): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const s = deckStrings(locale);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  const title = oneLine(options?.title ?? '') || s.deckTitle;
  const modelName = oneLine(snapshot.modelName);
  pptx.title = title;
  pptx.subject = modelName;

  const date = options?.date !== undefined ? oneLine(options.date) : today(locale);
  const labels = snapshot.scaleLabels.map(oneLine);
  const names = snapshot.competencies.map((c) => oneLine(c.name));
  const profiles = snapshot.people.map((p) => personProfile(p, names.length));
  const footer = `${s.modelLine(modelName, oneLine(snapshot.modelVersion))} · ${date}`;
  const ctx: Ctx = { s, labels, names, footer };

  titleSlide(pptx.addSlide(), ctx, title, modelName, snapshot, date);
  snapshot.people.forEach((person, i) => {
    personSlide(pptx.addSlide(), ctx, person, profiles[i]);
    const spread = options?.spreads?.[i];
    if (spread) spreadSlide(pptx.addSlide(), ctx, person, spread, locale);
  });
  teamSlides(pptx, ctx, snapshot, profiles);

  // pptxgenjs 4.0.1 passes `compression` on only for its Node stream and its browser Blob, never with
  // an outputType, so the parts come stored (a 200-person deck is ~10 MB). Deflate them again: the
  // file has to travel through a download or an Office dialog.
  const stored = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(stored);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

interface Ctx {
  s: DeckStrings;
  /** Level labels, lowest first. */
  labels: string[];
  /** Competency names, in model order. */
  names: string[];
  footer: string;
}

// ---------------------------------------------------------------------------------------- slides

function titleSlide(slide: Slide, ctx: Ctx, title: string, modelName: string, snapshot: AssessmentSnapshot, date: string): void {
  const { s } = ctx;
  slide.addShape('rect', { x: 0, y: 0, w: SLIDE_W, h: 0.18, fill: { color: COLORS.actual }, line: { color: COLORS.actual } });
  slide.addText(title, { ...text(s, 36, { bold: true }), x: 0.8, y: 2.0, w: SLIDE_W - 1.6, h: 1.2, valign: 'bottom', fit: 'shrink' });
  slide.addText(
    [
      run(s, s.modelLine(modelName, oneLine(snapshot.modelVersion)), 20, { breakLine: true }),
      run(s, s.dateLine(date), 16, { color: COLORS.muted, breakLine: true }),
      run(s, peopleLine(s, snapshot), 16, { color: COLORS.muted }),
    ],
    { x: 0.8, y: 3.4, w: SLIDE_W - 1.6, h: 2.0, valign: 'top', paraSpaceAfter: 6, fontFace: DECK_FONT },
  );
}

function personSlide(slide: Slide, ctx: Ctx, person: Person, profile: PersonProfile): void {
  const { s, names, labels } = ctx;
  const name = oneLine(person.name);
  heading(slide, ctx, name, [oneLine(person.role), statusText(s, profile)].filter(Boolean).join(' · '));

  if (names.length === 0) {
    slide.addText(s.noCompetencies, { ...text(s, 16, { color: COLORS.muted }), x: 0.5, y: 1.6, w: 7, h: 0.6 });
  } else {
    // Someone not assessed at all is said so once, in the subtitle and the panel, not on every axis.
    const categories = names.map((n, i) => (profile.status === 'not-assessed' ? n : n + marks(s, profile, i)));
    radar(slide, ctx, categories, [
      { name: s.actualSeries, values: profile.chartLevels },
      { name: s.targetSeries, values: profile.chartTargets },
    ], s.chartAltText(name));
  }

  const body: Line[] = [];
  if (profile.status === 'not-assessed') {
    body.push({ text: s.notAssessedYet, color: COLORS.muted });
  } else {
    for (const g of profile.gaps) {
      body.push({ text: s.gapLine(names[g.index], g.gap, levelLabel(labels, g.actual), levelLabel(labels, g.target)), color: COLORS.below });
    }
    if (profile.gaps.length === 0) body.push({ text: s.onTarget });
    if (profile.notRated.length > 0) body.push({ text: s.notRatedList(profile.notRated.map((i) => names[i])), color: COLORS.muted });
    if (profile.noTarget.length > 0) body.push({ text: s.noTargetList(profile.noTarget.map((i) => names[i])), color: COLORS.muted });
  }
  panel(slide, ctx, body);
  footer(slide, ctx);
}

/** A person's ratings by role: a table of competencies by roles, self marked (spread-slide.ts). */
function spreadSlide(slide: Slide, ctx: Ctx, person: Person, spread: readonly CompetencySpread[], locale: Locale): void {
  const { s, labels } = ctx;
  const words = spreadStrings(locale);
  heading(slide, ctx, words.title(oneLine(person.name)), words.subtitle);
  const rows = spreadTable(spread.map((row) => ({ ...row, competency: oneLine(row.competency) })), locale);
  // 18 competencies and the header must leave room for the key below the table.
  const fontSize = rows.length > 15 ? 8 : 10;
  const rowH = Math.min(0.4, 4.9 / rows.length);
  const look: Record<SpreadCell['kind'], PptxGenJS.TableCellProps> = {
    header: { bold: true, fill: { color: COLORS.header } },
    name: {},
    self: { color: COLORS.target, bold: true, fill: { color: 'FBE5D6' } },
    role: { color: COLORS.actual },
    hidden: { color: COLORS.muted, italic: true },
    problem: { color: COLORS.below },
  };
  slide.addTable(
    rows.map((row) => row.map((cell) => ({ text: cell.text, options: { color: COLORS.text, fontFace: DECK_FONT, fontSize, lang: s.lang, ...look[cell.kind] } }))),
    { x: 0.5, y: 1.45, colW: [3.08, 1.85, 1.85, 1.85, 1.85, 1.85], rowH, border: { type: 'solid', pt: 0.5, color: COLORS.rule }, valign: 'middle', margin: 0.03 },
  );
  slide.addText(words.legend(labels.map((label, i) => `${i + 1} = ${label}`).join(' · ')), { ...text(s, 10, { color: COLORS.muted }), x: 0.5, y: 6.72, w: SLIDE_W - 1.0, h: 0.3 });
  footer(slide, ctx);
}

interface Line {
  text: string;
  color?: string;
}

/**
 * The panel beside a person's chart, one text box: what the rings mean, then the gap list. The font
 * is the largest that keeps every line inside the box (18 gaps with long English names must fit too).
 */
function panel(slide: Slide, ctx: Ctx, body: Line[]): void {
  const { s, labels } = ctx;
  const levels = labels.map((label, i) => `${i + 1} = ${label}`).join(' · ');
  const key = s.scaleHeading + levels;
  const width = PANEL.w - 0.15;
  const gapBefore = 10;
  const size = fittingSize([14, 13, 12, 11, 10, 9, 8], PANEL.h, (pt) => {
    const small = Math.max(8, pt - 2);
    return (
      paragraphHeight(key, pt, width) +
      paragraphHeight(s.zeroMeans, small, width) +
      paragraphHeight(s.gapsHeading, pt + 1, width, gapBefore) +
      body.reduce((sum, line) => sum + paragraphHeight(line.text, pt, width - BULLET_INDENT_PT / 72, 2), 0)
    );
  });
  const small = Math.max(8, size - 2);
  const runs: TextRun[] = [
    run(s, s.scaleHeading, size, { bold: true }),
    run(s, levels, size, { breakLine: true }),
    run(s, s.zeroMeans, small, { color: COLORS.muted, breakLine: true }),
    run(s, s.gapsHeading, size + 1, { bold: true, breakLine: true, paraSpaceBefore: gapBefore }),
    // A hanging bullet keeps a wrapped line visibly part of its item.
    ...body.map((line, i) =>
      run(s, line.text, size, {
        color: line.color ?? COLORS.text,
        breakLine: i < body.length - 1,
        paraSpaceAfter: 2,
        bullet: { indent: BULLET_INDENT_PT },
      }),
    ),
  ];
  slide.addText(runs, { ...PANEL, valign: 'top', fontFace: DECK_FONT, margin: 0 });
}

function teamSlides(pptx: PptxGenJS, ctx: Ctx, snapshot: AssessmentSnapshot, profiles: PersonProfile[]): void {
  const { s, names } = ctx;
  const people = snapshot.people;
  const slide = pptx.addSlide();
  heading(slide, ctx, s.teamTitle, people.length > 0 ? s.teamSubtitle(people.length) : '');
  if (people.length === 0) {
    slide.addText(s.noOneAssessed, { ...text(s, 24, { color: COLORS.muted }), x: 0.8, y: 2.8, w: SLIDE_W - 1.6, h: 1.2, align: 'center' });
    footer(slide, ctx);
    return;
  }
  const team = teamSummary(snapshot, profiles);
  if (names.length === 0) {
    slide.addText(s.noCompetencies, { ...text(s, 16, { color: COLORS.muted }), x: 0.5, y: 1.6, w: 7, h: 0.6 });
  } else {
    const categories = names.map(
      (n, i) => n + (team.averageLevels[i] === null ? s.notRatedMark : team.averageTargets[i] === null ? s.noTargetMark : ''),
    );
    radar(slide, ctx, categories, [
      { name: s.teamAverageSeries, values: team.averageLevels.map((v) => v ?? 0) },
      { name: s.teamTargetSeries, values: team.averageTargets.map((v) => v ?? 0) },
    ], s.teamChartAltText);
  }
  const c = team.counts;
  slide.addText(s.teamCounts(c['on-target'], c.below, c['not-assessed'], c['no-targets']), {
    ...text(s, 12, { color: COLORS.muted }),
    x: TABLE.firstX,
    y: 1.45,
    w: SLIDE_W - TABLE.firstX - 0.3,
    h: 0.35,
  });

  const rows = people.map((p, i) => statusRow(s, p, profiles[i]));
  const [firstPage, ...nextPages] = statusPages(rows);
  statusTable(slide, ctx, rows.slice(firstPage[0], firstPage[1]), TABLE.firstX, TABLE.firstY, TABLE.firstW);
  footer(slide, ctx);
  for (const bounds of nextPages) {
    const more = pptx.addSlide();
    heading(more, ctx, s.teamTitleContinued, s.teamRange(bounds[0] + 1, bounds[bounds.length - 1], people.length));
    for (let half = 0; half + 1 < bounds.length; half++) {
      statusTable(more, ctx, rows.slice(bounds[half], bounds[half + 1]), 0.5 + half * 6.3, TABLE.nextY, TABLE.nextW);
    }
    footer(more, ctx);
  }
}

/**
 * The status table cut into slides: it fills the room beside the team chart, then continues on slides
 * with two tables side by side. Each page is its row bounds ([start, end] or [start, middle, end]).
 */
function statusPages(rows: readonly StatusRow[]): number[][] {
  const pages = [[0, takeRows(rows, 0, TABLE.firstW, TABLE.bottom - TABLE.firstY)]];
  let next = pages[0][1];
  while (next < rows.length) {
    const bounds = [next];
    while (bounds.length < 3 && bounds[bounds.length - 1] < rows.length) {
      bounds.push(takeRows(rows, bounds[bounds.length - 1], TABLE.nextW, TABLE.bottom - TABLE.nextY));
    }
    next = bounds[bounds.length - 1];
    pages.push(bounds);
  }
  return pages;
}

/** A person of the snapshot a deck is made of. */
export type DeckPerson = AssessmentSnapshot['people'][number];

/**
 * How many slides buildDeck makes of this snapshot: the title, one per person, a spread slide for
 * each person `hasSpread` names (those with spreads: rated in the Ratings table), the team slides.
 */
export function deckSlideCount(snapshot: AssessmentSnapshot, locale: Locale, hasSpread: (person: DeckPerson) => boolean = () => false): number {
  if (snapshot.people.length === 0) return 2;
  const s = deckStrings(locale);
  const rows = snapshot.people.map((p) => statusRow(s, p, personProfile(p, snapshot.competencies.length)));
  return 1 + snapshot.people.length + snapshot.people.filter(hasSpread).length + statusPages(rows).length;
}

function peopleLine(s: DeckStrings, snapshot: AssessmentSnapshot): string {
  const count = snapshot.people.length;
  const coverage = snapshot.coverage;
  if (coverage?.kind === 'role') return s.rolePeopleLine(oneLine(coverage.role), count);
  if (coverage?.kind === 'selection') return s.selectedPeopleLine(count);
  return s.peopleLine(count);
}

// ------------------------------------------------------------------------------------- elements

function heading(slide: Slide, ctx: Ctx, title: string, subtitle: string): void {
  const { s } = ctx;
  slide.addText(title, { ...text(s, 26, { bold: true }), x: 0.5, y: 0.3, w: SLIDE_W - 1.0, h: 0.65, valign: 'middle', fit: 'shrink' });
  if (subtitle) slide.addText(subtitle, { ...text(s, 14, { color: COLORS.muted }), x: 0.5, y: 0.92, w: SLIDE_W - 1.0, h: 0.4, valign: 'top' });
  slide.addShape('line', { x: 0.5, y: 1.32, w: SLIDE_W - 1.0, h: 0, line: { color: COLORS.rule, width: 0.75 } });
}

function footer(slide: Slide, ctx: Ctx): void {
  slide.addText(ctx.footer, { ...text(ctx.s, 9, { color: COLORS.muted }), x: 0.5, y: 7.05, w: SLIDE_W - 1.0, h: 0.3 });
}

function radar(slide: Slide, ctx: Ctx, categories: string[], series: { name: string; values: number[] }[], altText: string): void {
  const { s, labels } = ctx;
  const catSize = categories.length > 14 ? 9 : categories.length > 8 ? 10 : 11;
  slide.addChart(
    'radar',
    series.map((ser) => ({ name: ser.name, labels: categories, values: ser.values })),
    {
      x: 0.3,
      y: 1.4,
      w: 7.4,
      h: 5.6,
      radarStyle: 'marker',
      chartColors: [COLORS.actual, COLORS.target],
      lineSize: 2,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 6,
      valAxisMinVal: 0,
      valAxisMaxVal: Math.max(1, labels.length),
      valAxisMajorUnit: 1,
      valAxisLabelFormatCode: '0',
      valAxisLabelFontFace: DECK_FONT,
      valAxisLabelFontSize: 9,
      valAxisLabelColor: COLORS.muted,
      catAxisLabelFontFace: DECK_FONT,
      catAxisLabelFontSize: catSize,
      catAxisLabelColor: COLORS.text,
      showLegend: true,
      legendPos: 'b',
      legendFontFace: DECK_FONT,
      legendFontSize: 11,
      // No blanks are plotted (see profile.ts); pptxgenjs's embedded workbook blanks 0s, which after
      // Edit Data show as gaps rather than lines to the centre.
      displayBlanksAs: 'gap',
      lang: s.lang,
      altText,
    },
  );
}

interface StatusRow {
  cells: [string, string, string];
  status: OverallStatus;
}

function statusRow(s: DeckStrings, person: Person, profile: PersonProfile): StatusRow {
  return { cells: [oneLine(person.name), oneLine(person.role), statusText(s, profile)], status: profile.status };
}

/** Height of a table row: one line per wrapped line of its tallest cell. */
function rowHeight(cells: readonly string[], colW: readonly number[]): number {
  const lines = Math.max(...cells.map((cell, i) => lineCount(cell, TABLE.font, colW[i] - 2 * TABLE.margin)));
  return Math.max(TABLE.rowH, lines * lineHeight(TABLE.font) + 2 * TABLE.margin);
}

/** Index after the last row, from `start`, that fits under the header in `room` inches (at least one row). */
function takeRows(rows: readonly StatusRow[], start: number, colW: readonly number[], room: number): number {
  let used = TABLE.rowH;
  let end = start;
  while (end < rows.length) {
    used += rowHeight(rows[end].cells, colW);
    if (used > room && end > start) break;
    end++;
  }
  return end;
}

function statusTable(slide: Slide, ctx: Ctx, rows: readonly StatusRow[], x: number, y: number, colW: number[]): void {
  const { s } = ctx;
  const cell = (value: string, color: string, extra: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
    text: value,
    options: { color, fontFace: DECK_FONT, fontSize: TABLE.font, lang: s.lang, ...extra },
  });
  const header = [s.nameColumn, s.roleColumn, s.statusColumn].map((h) => cell(h, COLORS.text, { bold: true, fill: { color: COLORS.header } }));
  const statusColor: Record<OverallStatus, string> = { below: COLORS.below, 'on-target': COLORS.text, 'not-assessed': COLORS.muted, 'no-targets': COLORS.muted };
  const body = rows.map((row) => [cell(row.cells[0], COLORS.text), cell(row.cells[1], COLORS.muted), cell(row.cells[2], statusColor[row.status])]);
  slide.addTable([header, ...body], {
    x,
    y,
    colW,
    rowH: [TABLE.rowH, ...rows.map((row) => rowHeight(row.cells, colW))],
    border: { type: 'solid', pt: 0.5, color: COLORS.rule },
    valign: 'middle',
    margin: TABLE.margin,
  });
}

// ----------------------------------------------------------------------------------------- text

function statusText(s: DeckStrings, profile: PersonProfile): string {
  const byStatus: Record<OverallStatus, () => string> = {
    'not-assessed': () => s.statusNotAssessed,
    below: () => s.statusBelow(profile.gaps.length),
    'on-target': () => s.statusOnTarget(profile.notRated.length),
    'no-targets': () => s.statusNoTargets,
  };
  return byStatus[profile.status]();
}

/** The mark after a competency's name on a person's chart: why its point sits at the centre. */
function marks(s: DeckStrings, profile: PersonProfile, i: number): string {
  if (profile.notRated.includes(i)) return s.notRatedMark;
  if (profile.noTarget.includes(i)) return s.noTargetMark;
  return '';
}

function text(s: DeckStrings, fontSize: number, extra: Partial<PptxGenJS.TextPropsOptions> = {}): PptxGenJS.TextPropsOptions {
  return { fontFace: DECK_FONT, fontSize, color: COLORS.text, lang: s.lang, margin: 0, ...extra };
}

function run(s: DeckStrings, value: string, fontSize: number, extra: Partial<PptxGenJS.TextPropsOptions> = {}): TextRun {
  return { text: value, options: text(s, fontSize, { margin: undefined, ...extra }) };
}

/**
 * User text (names from the workbook) made safe for one line of a slide: XML-illegal control characters
 * and lone surrogates are dropped or replaced, line breaks and runs of spaces become one space.
 * pptxgenjs escapes the XML specials (& < > " ') itself.
 */
export function oneLine(value: string): string {
  return String(value ?? '')
    // eslint-disable-next-line no-control-regex -- these are the control characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\s+/g, ' ')
    .trim();
}

function today(locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date());
}
