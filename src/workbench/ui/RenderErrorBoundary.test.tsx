/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { RenderErrorBoundary } from './RenderErrorBoundary';
import { WORKBENCH_STRINGS } from './strings';

let broken = true;
function Fragile() {
  const [n] = useState(1);
  if (broken) throw new Error('Cannot read the cell');
  return <p>drawn {n}</p>;
}

describe('a part of the workbench that fails to draw', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  test('shows a message in the user’s language with the error, not a blank page; trying again draws it once it works', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const t = WORKBENCH_STRINGS['zh-CN'];
    broken = true;
    render(
      <RenderErrorBoundary message={t.renderFailed} retry={t.retry}>
        <Fragile />
      </RenderErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(t.renderFailed);
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot read the cell');
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: t.retry }));
    expect(screen.getByText('drawn 1')).toBeInTheDocument();
  });
});

describe('the workbench’s own words', () => {
  test('every text exists in both languages', () => {
    const en = WORKBENCH_STRINGS['en-US'];
    const zh = WORKBENCH_STRINGS['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(typeof zh[key]).toBe(typeof en[key]);
      const sample = (v: unknown) => (typeof v === 'function' ? (v as (s: string) => string)('x') : v);
      expect(sample(zh[key])).not.toBe(sample(en[key]));
    }
  });
});
