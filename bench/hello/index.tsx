import { FluentProvider, Text, Title3, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

/** The start-up reference: a bare Fluent UI v9 page, built by the add-in's webpack config. */
function mount(): void {
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">Hello</Title3>
      <Text as="p">A bare Fluent UI page.</Text>
    </FluentProvider>,
  );
}
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') void Office.onReady(() => mount());
else mount();
