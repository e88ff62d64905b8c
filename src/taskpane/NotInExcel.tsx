import { FluentProvider, Text, Title3, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Locale } from '../core/model/types';
import { ENGLISH, loadedStrings } from './i18n';

/** Shown when the page is opened outside Excel (a plain browser, or another Office host); its language loaded first (see loadStrings), else English. */
export function NotInExcel({ locale, theme = 'light' }: { locale: Locale; theme?: 'light' | 'dark' }) {
  const t = loadedStrings(locale) ?? ENGLISH;
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title3 as="h1">{t.notInExcelHeading}</Title3>
        <Text as="p" block>
          {t.notInExcel}
        </Text>
      </main>
    </FluentProvider>
  );
}
