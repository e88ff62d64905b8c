import { FluentProvider, Text, Title3, webLightTheme } from '@fluentui/react-components';
import type { Locale } from '../core/model/types';
import { ENGLISH, loadedStrings } from './i18n';
import { loadedTheme, type PaneThemeName } from './theme';

/** Shown when the page is opened outside Excel (a plain browser, or another Office host); its language loaded first (see loadStrings), else English; a theme not loaded yet (see loadTheme) shows light. */
export function NotInExcel({ locale, theme = 'light' }: { locale: Locale; theme?: PaneThemeName }) {
  const t = loadedStrings(locale) ?? ENGLISH;
  return (
    <FluentProvider theme={loadedTheme(theme) ?? webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title3 as="h1">{t.notInExcelHeading}</Title3>
        <Text as="p" block>
          {t.notInExcel}
        </Text>
      </main>
    </FluentProvider>
  );
}
