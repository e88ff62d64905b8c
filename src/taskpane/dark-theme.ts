import { webDarkTheme } from '@fluentui/react-components';

/** Fluent's dark web theme, loaded when Office shows a dark theme. */
export const darkTheme = webDarkTheme;
