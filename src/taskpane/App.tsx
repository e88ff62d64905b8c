import { FluentProvider, Text, Title3, webLightTheme } from '@fluentui/react-components';

export function App() {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16, minHeight: '100vh' }}>
      <Title3 as="h1">Competency</Title3>
      <Text as="p">Select a rating cell in an assessment table.</Text>
    </FluentProvider>
  );
}
