import { labelLines, radarSvg, RADAR_HEIGHT, RADAR_WIDTH } from './radar';

/** The radar's geometry: axes clockwise from the top, values on their rings, text escaped. */
describe('radarSvg', () => {
  const svg = radarSvg({
    title: 'Profile <A & B>',
    categories: ['North', 'East', 'South', 'West'],
    series: [
      { name: 'Actual', values: [4, 2, null, 1], color: '#2E75B6' },
      { name: 'Target', values: [4, 4, 4, 4], color: '#ED7D31', dashed: true },
    ],
    max: 4,
    ringLabels: ['L1', 'L2', 'L3', 'L4'],
  });
  const polygons = [...svg.matchAll(/<polygon points="([^"]+)"[^>]*stroke="(#[0-9A-F]+)"/g)].map((m) => ({ points: m[1].split(' ').map((p) => p.split(',').map(Number)), color: m[2] }));

  it('is an SVG of the stated size with the title and labels escaped', () => {
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${RADAR_WIDTH}" height="${RADAR_HEIGHT}"`)).toBe(true);
    expect(svg).toContain('Profile &lt;A &amp; B&gt;');
    expect(svg).not.toContain('<A & B>');
    for (const label of ['North', 'East', 'South', 'West', 'L1', 'L4', 'Actual', 'Target']) expect(svg).toContain(`>${label}<`);
  });

  it('draws the actual series over the target, each value on its ring, an unrated axis not at all (not as 0)', () => {
    const actual = polygons.filter((p) => p.color === '#2E75B6').pop()!;
    const target = polygons.filter((p) => p.color === '#ED7D31').pop()!;
    const [cx, cy] = [target.points[0][0], (target.points[0][1] + target.points[2][1]) / 2];
    const radius = cy - target.points[0][1];
    // North at full radius straight up, East at half radius to the right, South blank (centre), West a quarter.
    expect(actual.points[0]).toEqual([cx, cy - radius]);
    expect(actual.points[1][0]).toBeCloseTo(cx + radius / 2, 0);
    expect(actual.points[1][1]).toBeCloseTo(cy, 0);
    // South is not rated: the line goes from East to West, no point at the centre.
    expect(actual.points).toHaveLength(3);
    expect(actual.points[2][0]).toBeCloseTo(cx - radius / 4, 0);
    expect(actual.points[2][1]).toBeCloseTo(cy, 0);
    expect(actual.points.some(([x, y]) => Math.abs(x - cx) < 1 && Math.abs(y - cy) < 1)).toBe(false);
    expect(svg.indexOf('#ED7D31" fill-opacity')).toBeLessThan(svg.indexOf('#2E75B6" fill-opacity'));
  });
});

describe('radar axis labels', () => {
  const names = ['通用基础知识', '专业基础知识', '岗位基础知识', 'General basic knowledge', 'Professional basic knowledge', 'Communication and listening'];

  it('stay whole, wrapped into lines, so no two competencies read alike', () => {
    const svg = radarSvg({ title: 't', categories: names, series: [{ name: 'a', values: names.map(() => 2), color: '#2E75B6' }], max: 4 });
    const labels = [...svg.matchAll(/<text [^>]*data-axis="\d+"><title>[^<]*<\/title>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/g)].map((m) =>
      [...m[1].matchAll(/>([^<]+)</g)].map((t) => t[1]).join(' '),
    );
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    expect(labels.map(squeeze)).toEqual(names.map(squeeze));
    expect(new Set(labels).size).toBe(names.length);
    expect(svg).not.toContain('…');
  });

  it('breaks English at spaces and Chinese between characters, about as wide as asked', () => {
    expect(labelLines('Professional basic knowledge', 16)).toEqual(['Professional', 'basic knowledge']);
    expect(labelLines('客户关系管理与维护能力', 12)).toEqual(['客户关系管理', '与维护能力']);
    expect(labelLines('通用基础知识', 10)).toEqual(['通用基', '础知识']);
    expect(labelLines('Resilience', 16)).toEqual(['Resilience']);
  });
});
