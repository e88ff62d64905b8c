import { webLightTheme, type Theme } from '@fluentui/react-components';

/** The pane's theme follows Office's: light, or dark. */
export type PaneThemeName = 'light' | 'dark';

// The dark theme is a chunk of its own: most panes start light, and its palette is a tenth of the start-up scripts' token data.
let dark: Theme | null = null;
let darkLoading: Promise<Theme> | null = null;

/** The theme if it is here already (light always is), else null. */
export function loadedTheme(name: PaneThemeName): Theme | null {
  return name === 'dark' ? dark : webLightTheme;
}

/** Loads the theme (the dark one once; again after a failed load). */
export function loadTheme(name: PaneThemeName): Promise<Theme> {
  if (name === 'light') return Promise.resolve(webLightTheme);
  darkLoading ??= import(/* webpackChunkName: "dark-theme" */ './dark-theme').then(
    (module) => (dark = module.darkTheme),
    (error: unknown) => {
      darkLoading = null;
      throw error;
    },
  );
  return darkLoading;
}
