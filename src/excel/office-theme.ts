/* global Office */

/** The pane's theme from Office's: dark when the Office body background is dark, light otherwise (and outside Office). */
export function officeTheme(): 'light' | 'dark' {
  let theme: Office.OfficeTheme | undefined;
  try {
    theme = typeof Office !== 'undefined' ? Office.context?.officeTheme : undefined;
  } catch {
    theme = undefined; // office.js loaded outside Office: no context
  }
  if (!theme) return 'light';
  if (theme.bodyBackgroundColor) return isDarkColor(theme.bodyBackgroundColor) ? 'dark' : 'light';
  return theme.isDarkTheme ? 'dark' : 'light';
}

/** True for a dark "#rgb" / "#rrggbb" colour (perceived brightness below half); false for anything unreadable. */
export function isDarkColor(color: string): boolean {
  const hex = color.trim().replace(/^#/, '');
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return (0.299 * r + 0.587 * g + 0.114 * b) / 255 < 0.5;
}
