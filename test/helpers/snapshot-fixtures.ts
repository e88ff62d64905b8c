import ctAccountManager from '../../src/models/ct-account-manager.json';
import type { Locale } from '../../src/core/model/types';
import type { AssessmentSnapshot } from '../../src/host/assessment-operations';

/**
 * Synthetic assessment snapshots for the export tests, on the real China Telecom account-manager model
 * (ct-am: 18 competencies, 初级/中级/高级/资深). Ratings are pseudo-random but fixed by the seed.
 */

type Person = AssessmentSnapshot['people'][number];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英'];
const ROLES: { zh: string; en: string; target: number[] }[] = [
  { zh: '客户经理', en: 'Account manager', target: [2, 2, 3, 2, 3, 3, 2, 2, 2, 2, 3, 3, 2, 3, 2, 3, 3, 3] },
  { zh: '高级客户经理', en: 'Senior account manager', target: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 4, 3, 4, 4, 4] },
  { zh: '资深客户经理', en: 'Principal account manager', target: [4, 3, 4, 3, 4, 4, 3, 4, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4] },
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The ct-am model as a snapshot with no people, names in the locale's language. */
export function ctAmSnapshot(locale: Locale = 'zh-CN', people: Person[] = []): AssessmentSnapshot {
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  return {
    modelId: ctAccountManager.id,
    modelVersion: ctAccountManager.version,
    modelName: ctAccountManager.name[lang],
    scaleLabels: ctAccountManager.scale.levels.map((l) => l.label[lang]),
    competencies: ctAccountManager.competencies.map((c) => ({ id: c.id, name: c.name[lang] })),
    people,
  };
}

/** `count` people with roles, targets and levels spread around the target; some ratings left blank (null). */
export function ctAmTeam(count: number, options: { locale?: Locale; seed?: number; blankRate?: number } = {}): AssessmentSnapshot {
  const locale = options.locale ?? 'zh-CN';
  const next = random(options.seed ?? 2024);
  const blankRate = options.blankRate ?? 0.05;
  const people: Person[] = [];
  for (let p = 0; p < count; p++) {
    const role = ROLES[p % ROLES.length];
    const name =
      locale === 'zh-CN'
        ? SURNAMES[Math.floor(next() * SURNAMES.length)] + GIVEN[Math.floor(next() * GIVEN.length)]
        : `Person ${p + 1}`;
    // Most people sit at or one level around the target; every fifth person meets every target.
    const strong = p % 5 === 4;
    const levels = role.target.map((t) => {
      if (next() < blankRate) return null;
      const r = next();
      const offset = strong ? (r < 0.7 ? 0 : 1) : r < 0.15 ? -2 : r < 0.45 ? -1 : r < 0.85 ? 0 : 1;
      return Math.min(4, Math.max(1, t + offset));
    });
    people.push({ name: `${name}${count > 20 ? ` ${p + 1}` : ''}`, role: locale === 'zh-CN' ? role.zh : role.en, levels, targets: [...role.target] });
  }
  return ctAmSnapshot(locale, people);
}

/** One person on ct-am with exactly these levels and targets (18 each; pad with null when shorter). */
export function ctAmPerson(name: string, levels: (number | null)[], targets: (number | null)[], role = '客户经理'): Person {
  const pad = (values: (number | null)[]) => Array.from({ length: ctAccountManager.competencies.length }, (_, i) => values[i] ?? null);
  return { name, role, levels: pad(levels), targets: pad(targets) };
}
