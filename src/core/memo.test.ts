import { perObject, remembered } from './memo';

describe('remembered', () => {
  it('computes a key once, and starts afresh once it holds its limit of keys', () => {
    const computed: string[] = [];
    const upper = remembered((key: string) => (computed.push(key), key.toUpperCase()), 2);
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(computed).toEqual(['a', 'b']);
    upper('c'); // the third key: forgets a and b
    upper('a');
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers null results, and nothing when the computation throws', () => {
    let calls = 0;
    const blank = remembered((key: number) => {
      calls++;
      if (key < 0) throw new Error('negative');
      return null;
    });
    expect([blank(1), blank(1)]).toEqual([null, null]);
    expect(() => blank(-1)).toThrow('negative');
    expect(() => blank(-1)).toThrow('negative');
    expect(calls).toBe(3);
  });
});

describe('perObject', () => {
  it('keeps one value per object: an equal copy is another object with its own value', () => {
    const model = { id: 'm', bands: [0, 60] };
    const copy = { ...model, bands: [0, 50] };
    const lowest = perObject((m: typeof model) => ({ second: m.bands[1] }));
    expect(lowest(model)).toBe(lowest(model));
    expect(lowest(copy).second).toBe(50);
    expect(lowest(model).second).toBe(60);
  });
});
