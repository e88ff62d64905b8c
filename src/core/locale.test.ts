import { toLocale } from './locale';

describe('the display language as one of ours', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ZH', 'zh-CN'],
    ['Zh-Hans', 'zh-CN'],
    ['en-US', 'en-US'],
    ['de-DE', 'en-US'],
    ['z', 'en-US'],
    ['', 'en-US'],
  ])('reads %s as %s', (language, locale) => {
    expect(toLocale(language)).toBe(locale);
  });
});
