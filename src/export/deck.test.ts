import '../../test/helpers/jest-pptx-shim';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { buildDeck, deckSlideCount } from './deck';
import { choosePeople } from '../core/rating/people-choice';
import { ctAmPerson, ctAmSnapshot, ctAmTeam } from '../../test/helpers/snapshot-fixtures';
import type { AssessmentSnapshot } from '../core/rating/snapshot';

// ------------------------------------------------------------------------------- reading a .pptx

interface Series {
  name: string;
  categories: string[];
  values: number[];
}

interface Chart {
  /** Plot types in the chart, e.g. ["radarChart"]. */
  types: string[];
  series: Series[];
  axisMin: number;
  axisMax: number;
  /** The raw XML, for checks on fonts and language. */
  xml: string;
}

interface SlideContent {
  xml: string;
  /** Text of every paragraph on the slide (text boxes and table cells), in document order. */
  paragraphs: string[];
  /** Alt text of the graphic frames. */
  altTexts: string[];
  charts: Chart[];
}

function parseXml(xml: string, part: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`${part} is not well-formed XML: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

function all(node: Document | Element, tag: string): Element[] {
  return Array.from(node.getElementsByTagName(tag));
}

function first(node: Document | Element, tag: string): Element {
  const found = node.getElementsByTagName(tag)[0];
  if (!found) throw new Error(`no <${tag}>`);
  return found;
}

function readChart(xml: string, part: string): Chart {
  const doc = parseXml(xml, part);
  const plotArea = first(doc, 'c:plotArea');
  const types = Array.from(plotArea.childNodes)
    .filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName.endsWith('Chart'))
    .map((n) => n.tagName.replace(/^c:/, ''));
  const series = all(doc, 'c:ser').map((ser) => {
    const byIdx = (container: Element) => {
      const out: string[] = [];
      for (const pt of all(container, 'c:pt')) out[Number(pt.getAttribute('idx'))] = first(pt, 'c:v').textContent ?? '';
      return out;
    };
    return {
      name: first(first(ser, 'c:tx'), 'c:v').textContent ?? '',
      categories: byIdx(first(ser, 'c:cat')),
      values: byIdx(first(first(ser, 'c:val'), 'c:numCache')).map(Number),
    };
  });
  const scaling = first(first(doc, 'c:valAx'), 'c:scaling');
  return {
    types,
    series,
    axisMin: Number(first(scaling, 'c:min').getAttribute('val')),
    axisMax: Number(first(scaling, 'c:max').getAttribute('val')),
    xml,
  };
}

async function openDeck(bytes: Uint8Array): Promise<{ zip: JSZip; slides: SlideContent[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const slideNames = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  const slides: SlideContent[] = [];
  for (const name of slideNames) {
    const xml = await zip.file(name)!.async('string');
    const doc = parseXml(xml, name);
    const paragraphs = all(doc, 'a:p')
      .map((p) => all(p, 'a:t').map((t) => t.textContent ?? '').join(''))
      .filter((text) => text !== '');
    const altTexts = all(doc, 'p:cNvPr')
      .map((e) => e.getAttribute('descr') ?? '')
      .filter(Boolean);
    const relsName = name.replace('slides/', 'slides/_rels/') + '.rels';
    const rels = parseXml(await zip.file(relsName)!.async('string'), relsName);
    const charts: Chart[] = [];
    for (const rel of all(rels, 'Relationship')) {
      if (!rel.getAttribute('Type')!.endsWith('/chart')) continue;
      const target = rel.getAttribute('Target')!;
      const part = target.startsWith('/') ? target.slice(1) : 'ppt/' + target.replace('../', '');
      charts.push(readChart(await zip.file(part)!.async('string'), part));
    }
    slides.push({ xml, paragraphs, altTexts, charts });
  }
  return { zip, slides };
}

const text = (slide: SlideContent) => slide.paragraphs.join('\n');

// ------------------------------------------------------------------------------------- the deck

const TARGETS = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 4, 3, 4, 4, 4];

describe('buildDeck', () => {
  test('a title slide, one slide per person and a team summary', async () => {
    const snapshot = ctAmTeam(5);
    const { slides } = await openDeck(await buildDeck(snapshot, 'zh-CN', { date: '2024年6月30日' }));
    expect(slides).toHaveLength(1 + 5 + 1);

    const title = text(slides[0]);
    expect(title).toContain('能力素质测评报告');
    expect(title).toContain('中国电信政企客户经理能力素质模型（版本 1）');
    expect(title).toContain('2024年6月30日');
    expect(title).toContain('人员：5 人');
    expect(slides[0].charts).toHaveLength(0);

    snapshot.people.forEach((person, i) => {
      const slide = slides[1 + i];
      expect(slide.paragraphs[0]).toBe(person.name);
      expect(slide.paragraphs[1]).toContain(person.role);
      expect(slide.charts).toHaveLength(1);
    });
    expect(slides[6].paragraphs[0]).toBe('团队概况');
  });

  test("each person's radar chart plots their levels against the role's target on the scale's axis", async () => {
    const snapshot = ctAmTeam(4, { blankRate: 0 });
    const { slides } = await openDeck(await buildDeck(snapshot, 'zh-CN'));
    snapshot.people.forEach((person, i) => {
      const [chart] = slides[1 + i].charts;
      expect(chart.types).toEqual(['radarChart']);
      expect(chart.series.map((s) => s.name)).toEqual(['实际级别', '目标级别']);
      expect(chart.series[0].values).toEqual(person.levels);
      expect(chart.series[1].values).toEqual(person.targets);
      for (const s of chart.series) expect(s.categories).toEqual(snapshot.competencies.map((c) => c.name));
      expect(chart.axisMin).toBe(0);
      expect(chart.axisMax).toBe(4);
      expect(slides[1 + i].altTexts).toContain(`${person.name}的能力素质雷达图：实际级别与目标级别`);
    });
    // The level labels explain the rings beside the chart.
    expect(text(slides[1])).toContain('级别：1 = 初级 · 2 = 中级 · 3 = 高级 · 4 = 资深');
  });

  test('lists the competencies below target, largest gap first, with the levels named', async () => {
    //              成就 抗挫 沟通 书面 人际 执行 情绪 协调 通用 专业 岗知 岗技 信息 需求 定制 主动 保持 关系
    const levels = [3, 1, 2, 3, 1, 3, 3, 3, 3, 3, 3, 4, 3, 4, 3, 4, 4, 3];
    const snapshot = ctAmSnapshot('zh-CN', [ctAmPerson('王芳', levels, TARGETS)]);
    const { slides } = await openDeck(await buildDeck(snapshot, 'zh-CN'));
    const gapLines = slides[1].paragraphs.filter((p) => p.includes('低 '));
    expect(gapLines).toEqual([
      '抗挫能力：低 2 级（初级 → 目标 高级）',
      '人际交往能力：低 2 级（初级 → 目标 高级）',
      '沟通倾听能力：低 1 级（中级 → 目标 高级）',
      '客户关系能力：低 1 级（高级 → 目标 资深）',
    ]);
    expect(slides[1].paragraphs[1]).toBe('客户经理 · 4 项低于目标');
    expect(text(slides[1])).not.toContain('均达到目标');
  });

  test('says "on target" when no competency is below target', async () => {
    const above = TARGETS.map((t) => Math.min(4, t + 1));
    const snapshot = ctAmSnapshot('zh-CN', [ctAmPerson('李强', above, TARGETS)]);
    const { slides } = await openDeck(await buildDeck(snapshot, 'zh-CN'));
    expect(text(slides[1])).toContain('已评定的各项均达到目标。');
    expect(slides[1].paragraphs[1]).toBe('客户经理 · 达标');
    expect(slides[1].paragraphs.filter((p) => p.includes('低 '))).toEqual([]);
  });

  test('an unrated competency sits at the centre of the radar, marked on its axis and listed as not rated', async () => {
    const levels: (number | null)[] = [...TARGETS];
    levels[1] = null; // 抗挫能力
    levels[7] = null; // 协调能力
    const snapshot = ctAmSnapshot('zh-CN', [ctAmPerson('赵敏', levels, TARGETS)]);
    const { slides } = await openDeck(await buildDeck(snapshot, 'zh-CN'));
    const [chart] = slides[1].charts;
    expect(chart.series[0].values[1]).toBe(0);
    expect(chart.series[0].values[7]).toBe(0);
    expect(chart.series[1].values[1]).toBe(3); // the target is still drawn
    expect(chart.series[0].categories[1]).toBe('抗挫能力（未评定）');
    expect(chart.series[0].categories[7]).toBe('协调能力（未评定）');
    expect(chart.series[0].categories[0]).toBe('成就导向');
    const all = text(slides[1]);
    expect(all).toContain('未评定：抗挫能力、协调能力');
    expect(all).toContain('0 = 未评定或未设目标');
    // Not rated is not a gap: the rated ones all meet the target.
    expect(all).toContain('已评定的各项均达到目标。');
    expect(slides[1].paragraphs[1]).toBe('客户经理 · 达标（2 项未评定）');
  });

  test('a competency without a target is plotted at 0 for the target and said to have none', async () => {
    const targets: (number | null)[] = [...TARGETS];
    targets[2] = null;
    const snapshot = ctAmSnapshot('zh-CN', [ctAmPerson('孙丽', TARGETS, targets)]);
    const { slides } = await openDeck(await buildDeck(snapshot, 'zh-CN'));
    const [chart] = slides[1].charts;
    expect(chart.series[0].values[2]).toBe(3);
    expect(chart.series[1].values[2]).toBe(0);
    expect(chart.series[1].categories[2]).toBe('沟通倾听能力（无目标）');
    expect(text(slides[1])).toContain('未设目标：沟通倾听能力');
  });

  test('someone with no ratings at all is shown as not assessed', async () => {
    const snapshot = ctAmSnapshot('zh-CN', [ctAmPerson('周杰', [], TARGETS)]);
    const { slides } = await openDeck(await buildDeck(snapshot, 'zh-CN'));
    expect(slides[1].paragraphs[1]).toBe('客户经理 · 未评定');
    expect(text(slides[1])).toContain('尚未评定任何能力素质项。');
    const [chart] = slides[1].charts;
    expect(chart.series[0].values).toEqual(new Array(18).fill(0));
    // Said once on the slide, not on all 18 axes.
    expect(chart.series[0].categories).toEqual(snapshot.competencies.map((c) => c.name));
  });

  test('Chinese text is written as text with a CJK-capable font and the zh-CN language', async () => {
    const { slides } = await openDeck(await buildDeck(ctAmTeam(2), 'zh-CN'));
    const slide = slides[1];
    expect(slide.xml).toContain('低于目标的能力素质项');
    expect(slide.xml).toMatch(/<a:rPr lang="zh-CN"[^>]*>.*?<a:ea typeface="Microsoft YaHei"/);
    expect(slide.xml).not.toMatch(/typeface="(?!Microsoft YaHei)[^"+]/);
    const chart = slide.charts[0];
    expect(chart.xml).toContain('<c:v>沟通倾听能力</c:v>');
    expect(chart.xml).toContain('lang="zh-CN"');
    expect(chart.xml).toContain('<a:latin typeface="Microsoft YaHei"/>');
  });

  test('names with XML specials come out as written, and every part stays well-formed', async () => {
    const hard = `<&>"'`;
    const snapshot = ctAmSnapshot('zh-CN', [ctAmPerson(`欧阳${hard}`, [1, 2], [3, 3], `岗位${hard}`)]);
    snapshot.competencies[0].name = `成就${hard}导向`;
    snapshot.modelName = `模型${hard}`;
    const bytes = await buildDeck(snapshot, 'zh-CN', { title: `报告${hard}`, date: `日期${hard}` });
    const { zip, slides } = await openDeck(bytes);

    expect(slides[0].paragraphs).toContain(`报告${hard}`);
    expect(text(slides[0])).toContain(`模型${hard}`);
    expect(text(slides[0])).toContain(`日期${hard}`);
    expect(slides[1].paragraphs[0]).toBe(`欧阳${hard}`);
    expect(slides[1].paragraphs[1]).toBe(`岗位${hard} · 2 项低于目标`);
    expect(slides[1].paragraphs).toContain(`成就${hard}导向：低 2 级（初级 → 目标 高级）`);
    expect(slides[1].charts[0].series[0].categories[0]).toBe(`成就${hard}导向`);
    expect(slides[1].altTexts[0]).toContain(`欧阳${hard}`);
    expect(slides[2].paragraphs).toContain(`欧阳${hard}`); // the team table

    // Every XML part of the deck and of the charts' embedded workbooks parses.
    const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    for (const part of parts) parseXml(await zip.file(part)!.async('string'), part);
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xlsx'))) {
      const inner = await JSZip.loadAsync(await zip.file(name)!.async('uint8array'));
      for (const part of Object.keys(inner.files).filter((n) => /\.(xml|rels)$/.test(n))) {
        parseXml(await inner.file(part)!.async('string'), `${name}:${part}`);
      }
    }
  });

  test('control characters and line breaks in names do not break the file', async () => {
    const snapshot = ctAmSnapshot('zh-CN', [ctAmPerson('张\u0001三\n丰', [2], [3])]);
    const { slides } = await openDeck(await buildDeck(snapshot, 'zh-CN'));
    expect(slides[1].paragraphs[0]).toBe('张三 丰');
  });

  test('the team summary plots average level against average target and lists everyone with a status', async () => {
    const people = [
      ctAmPerson('甲', [4, 2, null], [3, 3, 3]),
      ctAmPerson('乙', [2, null, null], [3, 4, null]),
      ctAmPerson('丙', [], [2, 2, 2]),
      ctAmPerson('丁', [3, 3, 3], [3, 3, 3]),
    ];
    const snapshot = ctAmSnapshot('zh-CN', people);
    const { slides } = await openDeck(await buildDeck(snapshot, 'zh-CN'));
    expect(slides).toHaveLength(1 + 4 + 1);
    const team = slides[5];
    expect(team.paragraphs[0]).toBe('团队概况');
    const [chart] = team.charts;
    expect(chart.types).toEqual(['radarChart']);
    expect(chart.series.map((s) => s.name)).toEqual(['平均级别', '平均目标']);
    expect(chart.series[0].values.slice(0, 3)).toEqual([3, 2.5, 3]); // (4+2+3)/3, (2+3)/2, 3/1
    expect(chart.series[1].values.slice(0, 3)).toEqual([2.75, 3, 2.67]); // (3+3+2+3)/4, (3+4+2+3)/4, (3+2+3)/3
    expect(chart.series[0].values[3]).toBe(0); // no one rated on 书面表达能力
    expect(chart.series[0].categories[3]).toBe('书面表达能力（未评定）');

    const rows = team.paragraphs;
    const statusOf = (name: string) => rows[rows.indexOf(name) + 2];
    expect(rows.slice(rows.indexOf('姓名'), rows.indexOf('姓名') + 3)).toEqual(['姓名', '岗位', '状态']);
    expect(statusOf('甲')).toBe('1 项低于目标');
    expect(statusOf('乙')).toBe('1 项低于目标');
    expect(statusOf('丙')).toBe('未评定');
    expect(statusOf('丁')).toBe('达标（15 项未评定）');
    expect(text(team)).toContain('达标 1 人 · 低于目标 2 人 · 未评定 1 人');
  });

  test('with no one assessed: a title slide and a team slide that says so', async () => {
    const { slides } = await openDeck(await buildDeck(ctAmSnapshot('zh-CN'), 'zh-CN'));
    expect(slides).toHaveLength(2);
    expect(text(slides[0])).toContain('人员：0 人');
    expect(slides[1].paragraphs[0]).toBe('团队概况');
    expect(text(slides[1])).toContain('尚无人员参加测评。');
    expect(slides[1].charts).toHaveLength(0);
  });

  test('an English deck says everything in English', async () => {
    const levels: (number | null)[] = [...TARGETS];
    levels[0] = 1;
    levels[5] = null;
    const snapshot = ctAmSnapshot('en-US', [ctAmPerson('Wang Fang', levels, TARGETS, 'Account manager')]);
    const { slides } = await openDeck(await buildDeck(snapshot, 'en-US', { date: '30 June 2024' }));
    expect(text(slides[0])).toContain('Competency assessment report');
    expect(text(slides[0])).toContain('People: 1');
    expect(slides[1].paragraphs[1]).toBe('Account manager · 1 below target');
    expect(slides[1].paragraphs).toContain('Achievement orientation: 2 levels below (Junior → target Senior)');
    expect(text(slides[1])).toContain('Not rated: Execution');
    expect(text(slides[1])).toContain('Levels: 1 = Junior · 2 = Intermediate · 3 = Senior · 4 = Expert');
    expect(slides[1].charts[0].series.map((s) => s.name)).toEqual(['Actual level', 'Target level']);
    expect(slides[1].charts[0].series[0].categories[5]).toBe('Execution (not rated)');
    expect(slides[1].xml).toContain('lang="en-US"');
    expect(slides[2].paragraphs[0]).toBe('Team summary');
    expect(text(slides[2])).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('200 people: one chart slide each, everyone in the team table, in a compressed file', async () => {
    // Time is measured by `npm run bench` (export section), not here.
    const snapshot = ctAmTeam(200);
    const bytes = await buildDeck(snapshot, 'zh-CN');
    expect(bytes.length).toBeLessThan(4 * 2 ** 20); // stored it would be ~10 MB
    const { slides } = await openDeck(bytes);

    const personSlides = slides.slice(1, 201);
    personSlides.forEach((slide, i) => {
      expect(slide.paragraphs[0]).toBe(snapshot.people[i].name);
      expect(slide.charts[0].series[0].values).toEqual(snapshot.people[i].levels.map((l) => l ?? 0));
    });
    const teamSlides = slides.slice(201);
    expect(teamSlides[0].paragraphs[0]).toBe('团队概况');
    expect(teamSlides.length).toBeGreaterThan(1);
    for (const slide of teamSlides.slice(1)) expect(slide.paragraphs[0]).toBe('团队概况（续）');
    const listed = teamSlides.flatMap((slide) => slide.paragraphs.filter((p) => snapshot.people.some((person) => person.name === p)));
    expect(listed).toEqual(snapshot.people.map((p) => p.name));
    expect(teamSlides[1].paragraphs[1]).toMatch(/^第 \d+–\d+ 人，共 200 人$/);
    expect(deckSlideCount(snapshot, 'zh-CN')).toBe(slides.length);
  }, 30_000);

  test('a deck for some people: the title slide says whom it covers, the team slides count only them', async () => {
    const team = ctAmTeam(6);
    team.people[1].role = '高级客户经理';
    team.people[4].role = '高级客户经理';
    const byRole = choosePeople(team, { kind: 'role', role: '高级客户经理' });
    if (!byRole.ok) throw new Error('refused');
    const { slides } = await openDeck(await buildDeck(byRole.snapshot, 'zh-CN'));
    expect(slides).toHaveLength(deckSlideCount(byRole.snapshot, 'zh-CN'));
    expect(slides).toHaveLength(1 + 2 + 1);
    expect(text(slides[0])).toContain('角色：高级客户经理 · 2 人');
    expect(text(slides[0])).not.toContain('人员：');
    expect(slides.slice(1, 3).map((slide) => slide.paragraphs[0])).toEqual([team.people[1].name, team.people[4].name]);
    expect(slides[3].paragraphs).toContain(team.people[4].name);
    expect(slides[3].paragraphs).not.toContain(team.people[0].name);

    const picked = choosePeople(team, { kind: 'selection', names: [team.people[5].name] });
    if (!picked.ok) throw new Error('refused');
    const english = await openDeck(await buildDeck({ ...picked.snapshot, coverage: { kind: 'role', role: 'Account manager' } }, 'en-US'));
    expect(text(english.slides[0])).toContain('Role: Account manager · 1 person');
    const selected = await openDeck(await buildDeck(picked.snapshot, 'en-US'));
    expect(text(selected.slides[0])).toContain('Selected people · 1');
    expect(selected.slides).toHaveLength(3);
  });

  test('pptxgenjs is loaded only when a deck is built', async () => {
    await jest.isolateModulesAsync(async () => {
      let loaded = false;
      jest.doMock('pptxgenjs', () => {
        loaded = true;
        return jest.requireActual('pptxgenjs');
      });
      const deck: typeof import('./deck') = await import('./deck');
      expect(loaded).toBe(false);
      await deck.buildDeck(ctAmSnapshot() as AssessmentSnapshot, 'zh-CN');
      expect(loaded).toBe(true);
    });
  });
});
