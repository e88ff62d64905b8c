import { localize } from '../text';
import type { Competency, CompetencyModel, LevelDescriptor, LevelModel, LocalText, Locale, PointsModel } from './types';

/**
 * Model versions (003 section 8, dynamic adjustment). A model that changed gets a new version;
 * "changed" is decided by a fingerprint of its content (everything but the version itself), so
 * re-importing an unchanged Model sheet keeps the version and touching one indicator bumps it.
 *
 * How an assessment stays explainable: every assessment row records the model it was made with
 * as "id@version" (the Model version column, the same tag as the audit log's Model column). When
 * the workbook gets a new version of its model, the applier first renames the current Model sheet
 * to `archivedModelSheetName(old model)` ("模型 ct-am@1") instead of overwriting it, then writes
 * the new Model sheet. An old row's tag then names the sheet that holds the exact model its
 * ratings were given against (levels, indicators, weights), and `describeVersionDifference(old,
 * new)` tells the reader what changed since, for the pane to show.
 */

/** "ct-am@1": the model and version an assessment was made with. */
export function modelVersionTag(model: Pick<CompetencyModel, 'id' | 'version'>): string {
  return `${model.id}@${model.version}`;
}

/** The model id and version in a tag; null when the text is not one. */
export function parseModelVersionTag(tag: string): { modelId: string; version: string } | null {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)@(.+?)\s*$/.exec(tag);
  return match ? { modelId: match[1], version: match[2] } : null;
}

/** JSON with sorted keys and no undefined members: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A 64-bit content hash (two 32-bit multiply-xor lanes) as 16 hex digits; not for security. */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprint of a model's content, version excluded. */
export function modelFingerprint(model: CompetencyModel): string {
  const { version: _version, ...content } = model;
  return hash64(canonicalJson(content));
}

/** True when the two models differ in anything but their version. */
export function modelChanged(previous: CompetencyModel, next: CompetencyModel): boolean {
  return modelFingerprint(previous) !== modelFingerprint(next);
}

/**
 * The version after `previous`: unchanged when nothing changed; otherwise its trailing number
 * goes up by one ("1" -> "2", "2024.3" -> "2024.4", "v09" -> "v10"), or "-2" is appended when it
 * has none ("draft" -> "draft-2").
 */
export function nextVersion(previous: string, changed: boolean): string {
  if (!changed) return previous;
  const trimmed = previous.trim();
  const match = /^(.*?)(\d+)$/.exec(trimmed);
  if (!match) return `${trimmed}-2`;
  const next = String(Number(match[2]) + 1);
  return match[1] + next.padStart(match[2].length, '0');
}

/**
 * The edited model with the version it should carry after `previous`: the previous version when
 * the content is the same; when it changed, the version HR typed if it comes after the previous
 * one (digits compared as numbers: "10" after "9"), otherwise `nextVersion`. A version never goes
 * back, so an older file imported again with changes does not take the tag of an earlier model.
 */
export function reviseModel(previous: CompetencyModel, edited: CompetencyModel): { model: CompetencyModel; changed: boolean } {
  const changed = previous.id !== edited.id || modelChanged(previous, edited);
  const later = edited.version.trim().localeCompare(previous.version.trim(), 'en', { numeric: true }) > 0;
  const version = !changed ? previous.version : later ? edited.version : nextVersion(previous.version, true);
  return { model: { ...edited, version }, changed };
}

/** What importing a model (a file, or the Model sheet read back) does to the workbook's model. */
export interface ModelImport {
  /** The model to store: the imported one, carrying the version `reviseModel` gives it. */
  model: CompetencyModel;
  /** The model of the same id it revises: the workbook's own, or else the built-in of that id. */
  previous: CompetencyModel | null;
  /** The content differs from `previous` (always true without one). */
  changed: boolean;
  /** What changed since `previous`, for the pane to list. */
  changes: ModelChange[];
  /**
   * What the import replaces, for the pane to ask first: the workbook's own model when the import
   * is another model, otherwise `previous` when the content changed. Null: nothing to ask.
   */
  replaces: CompetencyModel | null;
}

/**
 * An imported model against the workbook's: one with the id of the workbook's own model (or of a
 * built-in, the one the workbook was built from) is a revision of it, versioned by `reviseModel`.
 * Changing the model's content, or putting another model in place of the workbook's own, needs
 * the user's consent; an unchanged revision or a model new to the workbook does not.
 */
export function planModelImport(imported: CompetencyModel, workbookModel: CompetencyModel | undefined, builtIns: readonly CompetencyModel[]): ModelImport {
  const previous = workbookModel?.id === imported.id ? workbookModel : (builtIns.find((m) => m.id === imported.id) ?? null);
  const { model, changed } = previous ? reviseModel(previous, imported) : { model: imported, changed: true };
  const changes = previous && changed ? describeVersionDifference(previous, model) : [];
  const dropped = workbookModel && workbookModel.id !== imported.id ? workbookModel : null;
  return { model, previous, changed, changes, replaces: dropped ?? (changed ? previous : null) };
}

const MODEL_SHEET_NAME: LocalText = { zh: '模型', en: 'Model' };

/**
 * The name the Model sheet of an older version keeps ("模型 ct-am@1"): within Excel's 31
 * characters (a long id is shortened, never the version, so versions do not collide), without []:*?/\.
 */
export function archivedModelSheetName(model: Pick<CompetencyModel, 'id' | 'version'>, locale: Locale): string {
  const clean = (text: string) => text.replace(/[[\]:*?/\\]/g, '_');
  const prefix = `${localize(MODEL_SHEET_NAME, locale)} `;
  const version = clean(`@${model.version}`).slice(0, 31 - prefix.length - 1);
  return prefix + clean(model.id).slice(0, 31 - prefix.length - version.length) + version;
}

/** One difference between two versions of a model, in both languages for the pane. */
export interface ModelChange {
  kind: 'model' | 'scale' | 'added' | 'removed' | 'renamed' | 'moved' | 'definition' | 'weight' | 'assessment' | 'level' | 'points' | 'knowledge' | 'deductions' | 'roles';
  /** The competency or behaviour element the change is about. */
  subject?: string;
  levelId?: string;
  text: LocalText;
}

const zh = (t: LocalText | undefined) => localize(t, 'zh-CN');
const en = (t: LocalText | undefined) => localize(t, 'en-US');
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function change(kind: ModelChange['kind'], zhText: string, enText: string, subject?: string, levelId?: string): ModelChange {
  return { kind, ...(subject ? { subject } : {}), ...(levelId ? { levelId } : {}), text: { zh: zhText, en: enText } };
}

function indicatorDiff(before: LocalText[], after: LocalText[]): { added: number; removed: number; reworded: boolean } {
  const key = (t: LocalText) => t.zh ?? t.en ?? '';
  const left = before.map(key);
  const right = after.map(key);
  const remaining = [...left];
  let added = 0;
  for (const k of right) {
    const at = remaining.indexOf(k);
    if (at >= 0) remaining.splice(at, 1);
    else added++;
  }
  return { added, removed: remaining.length, reworded: added === 0 && remaining.length === 0 && !same(before, after) };
}

function levelChanges(competency: Competency, before: LevelDescriptor, after: LevelDescriptor, model: LevelModel): ModelChange[] {
  const level = model.scale.levels.find((l) => l.id === after.levelId)?.label;
  const where = { zh: `${zh(competency.name)} · ${zh(level)}`, en: `${en(competency.name)} · ${en(level)}` };
  const parts: { zh: string; en: string }[] = [];
  if (!same(before.summary, after.summary)) parts.push({ zh: '级别概述已修改', en: 'level summary changed' });
  const diff = indicatorDiff(before.indicators, after.indicators);
  if (diff.added) parts.push({ zh: `新增 ${diff.added} 条行为指标`, en: `${diff.added} indicator(s) added` });
  if (diff.removed) parts.push({ zh: `删除 ${diff.removed} 条行为指标`, en: `${diff.removed} indicator(s) removed` });
  if (diff.reworded) parts.push({ zh: '行为指标的措辞或顺序已修改', en: 'indicator wording or order changed' });
  if (!!before.missing !== !!after.missing)
    parts.push(after.missing ? { zh: '标为源文件缺失', en: 'now marked missing in source' } : { zh: '不再标为源文件缺失', en: 'no longer marked missing in source' });
  if (parts.length === 0) return [];
  return [change('level', `${where.zh}：${parts.map((p) => p.zh).join('，')}`, `${where.en}: ${parts.map((p) => p.en).join(', ')}`, competency.id, after.levelId)];
}

function scaleChanges(before: CompetencyModel, after: CompetencyModel): ModelChange[] {
  const out: ModelChange[] = [];
  const oldLevels = before.scale.levels;
  const newLevels = after.scale.levels;
  if (!same(oldLevels.map((l) => l.id), newLevels.map((l) => l.id)))
    out.push(change('scale', `级别改为 ${newLevels.map((l) => zh(l.label)).join('/')}（原为 ${oldLevels.map((l) => zh(l.label)).join('/')}）`, `levels are now ${newLevels.map((l) => en(l.label)).join('/')} (were ${oldLevels.map((l) => en(l.label)).join('/')})`));
  for (const level of newLevels) {
    const old = oldLevels.find((l) => l.id === level.id);
    if (old && !same(old.label, level.label)) out.push(change('scale', `级别 ${zh(old.label)} 改名为 ${zh(level.label)}`, `level ${en(old.label)} renamed ${en(level.label)}`, undefined, level.id));
    else if (old && !same(old.description, level.description)) out.push(change('scale', `级别 ${zh(level.label)} 的说明已修改`, `description of level ${en(level.label)} changed`, undefined, level.id));
  }
  if (!same(before.scale.scoreBands, after.scale.scoreBands)) out.push(change('scale', '分数段已修改', 'score bands changed'));
  return out;
}

function competencyChanges(before: LevelModel, after: LevelModel): ModelChange[] {
  const out: ModelChange[] = [];
  const oldById = new Map(before.competencies.map((c) => [c.id, c]));
  const newIds = new Set(after.competencies.map((c) => c.id));
  for (const c of before.competencies) if (!newIds.has(c.id)) out.push(change('removed', `删除能力素质项：${zh(c.name)}`, `removed competency: ${en(c.name)}`, c.id));
  for (const c of after.competencies) {
    const old = oldById.get(c.id);
    if (!old) {
      out.push(change('added', `新增能力素质项：${zh(c.name)}`, `added competency: ${en(c.name)}`, c.id));
      continue;
    }
    if (!same(old.name, c.name)) out.push(change('renamed', `${zh(old.name)} 改名为 ${zh(c.name)}`, `${en(old.name)} renamed ${en(c.name)}`, c.id));
    if (old.classId !== c.classId) {
      const klass = (m: LevelModel, id: string) => m.classes.find((k) => k.id === id)?.name ?? { zh: id, en: id };
      out.push(change('moved', `${zh(c.name)} 从 ${zh(klass(before, old.classId))} 移到 ${zh(klass(after, c.classId))}`, `${en(c.name)} moved from ${en(klass(before, old.classId))} to ${en(klass(after, c.classId))}`, c.id));
    }
    if (!same(old.definition, c.definition)) out.push(change('definition', `${zh(c.name)} 的定义已修改`, `definition of ${en(c.name)} changed`, c.id));
    if ((old.weight ?? 1) !== (c.weight ?? 1)) out.push(change('weight', `${zh(c.name)} 的权重 ${old.weight ?? 1} → ${c.weight ?? 1}`, `weight of ${en(c.name)} ${old.weight ?? 1} → ${c.weight ?? 1}`, c.id));
    if ((old.assessment ?? 'behaviour') !== (c.assessment ?? 'behaviour')) out.push(change('assessment', `${zh(c.name)} 的评估方式已修改`, `${en(c.name)} is now assessed by ${c.assessment ?? 'behaviour'}`, c.id));
    for (const level of c.levels) {
      const previous = old.levels.find((l) => l.levelId === level.levelId);
      if (previous) out.push(...levelChanges(c, previous, level, after));
    }
  }
  if (!same(before.roles ?? [], after.roles ?? [])) out.push(change('roles', '岗位目标级别已修改', 'role targets changed'));
  return out;
}

function pointsChanges(before: PointsModel, after: PointsModel): ModelChange[] {
  const out: ModelChange[] = [];
  const oldElements = new Map(before.groups.flatMap((g) => g.elements).map((e) => [e.id, e]));
  const newElements = after.groups.flatMap((g) => g.elements);
  const newIds = new Set(newElements.map((e) => e.id));
  for (const [id, e] of oldElements) if (!newIds.has(id)) out.push(change('removed', `删除行为要素：${zh(e.name)}`, `removed element: ${en(e.name)}`, id));
  for (const e of newElements) {
    const old = oldElements.get(e.id);
    if (!old) {
      out.push(change('added', `新增行为要素：${zh(e.name)}`, `added element: ${en(e.name)}`, e.id));
      continue;
    }
    if (!same(old.name, e.name)) out.push(change('renamed', `${zh(old.name)} 改名为 ${zh(e.name)}`, `${en(old.name)} renamed ${en(e.name)}`, e.id));
    for (const level of after.scale.levels) {
      const was = old.maxPoints[level.id];
      const now = e.maxPoints[level.id];
      if (was !== now) out.push(change('points', `${zh(e.name)} · ${zh(level.label)} 最高分 ${was ?? '—'} → ${now ?? '—'}`, `${en(e.name)} · ${en(level.label)} maximum ${was ?? '—'} → ${now ?? '—'}`, e.id, level.id));
      else if (!same(old.criteria?.[level.id], e.criteria?.[level.id])) out.push(change('level', `${zh(e.name)} · ${zh(level.label)} 评估标准已修改`, `${en(e.name)} · ${en(level.label)} assessment standard changed`, e.id, level.id));
    }
  }
  if (before.levelTotal !== after.levelTotal) out.push(change('points', `各级行为总分 ${before.levelTotal} → ${after.levelTotal}`, `behaviour points per level ${before.levelTotal} → ${after.levelTotal}`));
  if (!same(before.knowledge, after.knowledge)) out.push(change('knowledge', '知识考试（满分或占比）已修改', 'knowledge exams (full marks or shares) changed'));
  if (!same(before.deductions, after.deductions)) out.push(change('deductions', '扣分规则已修改', 'deduction rules changed'));
  return out;
}

/** What changed from `oldModel` to `newModel`, competency by competency, for the pane to list. */
export function describeVersionDifference(oldModel: CompetencyModel, newModel: CompetencyModel): ModelChange[] {
  if (oldModel.id !== newModel.id || oldModel.kind !== newModel.kind)
    return [change('model', `不同的模型：${oldModel.id} → ${newModel.id}`, `a different model: ${oldModel.id} → ${newModel.id}`)];
  const out: ModelChange[] = [];
  if (!same(oldModel.name, newModel.name)) out.push(change('model', `模型名称改为 ${zh(newModel.name)}`, `model renamed ${en(newModel.name)}`));
  if (!same([oldModel.source, oldModel.description], [newModel.source, newModel.description])) out.push(change('model', '模型来源或说明已修改', 'model source or description changed'));
  out.push(...scaleChanges(oldModel, newModel));
  if (oldModel.kind === 'levels' && newModel.kind === 'levels') {
    for (const klass of newModel.classes) {
      const old = oldModel.classes.find((k) => k.id === klass.id);
      if (old && !same(old.name, klass.name)) out.push(change('renamed', `类别 ${zh(old.name)} 改名为 ${zh(klass.name)}`, `class ${en(old.name)} renamed ${en(klass.name)}`));
    }
    out.push(...competencyChanges(oldModel, newModel));
  } else if (oldModel.kind === 'points' && newModel.kind === 'points') out.push(...pointsChanges(oldModel, newModel));
  return out;
}
