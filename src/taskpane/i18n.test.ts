import { ENGLISH, loadedStrings, loadStrings } from './i18n';

describe('pane strings', () => {
  it('has English from the start and Chinese once loaded, every key in both', async () => {
    expect(loadedStrings('en-US')).toBe(ENGLISH);
    expect(loadedStrings('zh-CN')).toBeNull();
    const zh = await loadStrings('zh-CN');
    expect(loadedStrings('zh-CN')).toBe(zh);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(ENGLISH).sort());
    expect(zh.appTitle).toBe('能力素质测评');
    expect(ENGLISH.appTitle).toBe('Competency');
  });
});
