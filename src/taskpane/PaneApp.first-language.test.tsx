/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { ctAmWorkbook, renderPane } from '../../test/helpers/pane-render';

// Its own file: the Chinese strings (their own chunk) are not loaded yet when this pane starts.
describe('the first language', () => {
  it('a Chinese pane shows nothing until its strings are loaded, never English first', async () => {
    const { container } = renderPane(ctAmWorkbook(), { initialLocale: 'zh-CN' });
    expect(container).toHaveTextContent(/^$/);
    expect(await screen.findByRole('heading', { level: 1, name: '能力素质测评' })).toBeInTheDocument();
    expect(screen.queryByText('Competency')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '抗挫能力' })).toBeInTheDocument();
  });
});
