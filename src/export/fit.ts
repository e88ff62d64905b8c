/**
 * Rough text measurement for laying out slides without a renderer: enough to pick a font size that
 * keeps a list inside its box and to know when a table row wraps. Errs on the wide side.
 */

/**
 * Width of one character in ems, for Microsoft YaHei (its Latin is Segoe UI's) and Noto Sans CJK, a little
 * on the wide side of both.
 */
function charEm(code: number): number {
  if (code >= 0x2e80 || (code >= 0x1100 && code <= 0x11ff)) return 1; // CJK, kana, hangul, full-width forms
  if (code === 0x2192) return 1; // →
  if (code >= 0x41 && code <= 0x5a) return 0.66; // A-Z
  switch (String.fromCharCode(code)) {
    case ' ':
      return 0.28;
    case 'i': case 'l': case 'j': case '.': case ',': case ':': case ';': case "'": case '|': case '!':
      return 0.27;
    case 'f': case 'r': case 't': case '(': case ')': case '-':
      return 0.37;
    case 's': case 'c': case 'z':
      return 0.47;
    case 'm': case 'w':
      return 0.85;
    default:
      return 0.56;
  }
}

/** Width of the text on one line, in inches. */
export function textWidth(text: string, fontPt: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch.codePointAt(0)!);
  return (em * fontPt) / 72;
}

/** Lines the text takes when wrapped in a box this wide (inches); word wrap wastes some of each line. */
export function lineCount(text: string, fontPt: number, widthIn: number): number {
  if (!text) return 1;
  return Math.max(1, Math.ceil((textWidth(text, fontPt) * 1.06) / Math.max(widthIn, 0.1)));
}

/**
 * Height of one line in ems: the faces' own line spacing (Microsoft YaHei about 1.32, Noto Sans CJK,
 * LibreOffice's stand-in, about 1.45).
 */
export const LINE_EM = 1.45;

/** Height of one line of text, in inches. */
export function lineHeight(fontPt: number): number {
  return (fontPt * LINE_EM) / 72;
}

/** Height of a paragraph, in inches. */
export function paragraphHeight(text: string, fontPt: number, widthIn: number, spaceAfterPt = 0): number {
  return lineCount(text, fontPt, widthIn) * lineHeight(fontPt) + spaceAfterPt / 72;
}

/** The largest of the sizes (largest first) at which all paragraphs fit the height; the smallest otherwise. */
export function fittingSize(
  sizes: readonly number[],
  heightIn: number,
  measure: (fontPt: number) => number,
): number {
  for (const size of sizes) if (measure(size) <= heightIn) return size;
  return sizes[sizes.length - 1];
}
