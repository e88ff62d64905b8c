/**
 * The competency-model schema. Models are data (JSON) that HR can also write or import;
 * `validateModel` (validate.ts) checks an unknown value against these shapes.
 */

/** Text in the model's languages. At least one of zh / en is present; built-in models carry both. */
export interface LocalText {
  zh?: string;
  en?: string;
}

export type Locale = 'zh-CN' | 'en-US';

/** One proficiency level of an ordered scale (lowest first). */
export interface ProficiencyLevel {
  /** Stable ASCII id, e.g. "L1". */
  id: string;
  label: LocalText;
  /** Short description of the level as a whole (e.g. the 003 "级别划分" principle), if the source has one. */
  description?: LocalText;
}

/**
 * A lower bound on a 0-100 score and the level it starts. Read like an approximate-match
 * lookup table: a score takes the band with the largest bound not above it.
 */
export interface ScoreBand {
  min: number;
  levelId: string;
}

/** An ordered scale of levels, optionally with score bands for COMPETENCY.LEVEL. */
export interface Scale {
  id: string;
  name: LocalText;
  levels: ProficiencyLevel[];
  /** Bands in ascending order of min; omitted where the scale is not scored. */
  scoreBands?: ScoreBand[];
  /** Where the bands come from (e.g. "add-in default convention; not given by the source"). */
  scoreBandsNote?: LocalText;
}

/** The behaviour anchors of one competency at one level. */
export interface LevelDescriptor {
  levelId: string;
  /** One-line summary of the level for this competency (the text after the level name in 003). */
  summary?: LocalText;
  /** Behaviour indicators (the ▶ lines). */
  indicators: LocalText[];
  /** True where the source document has no text for this level: shown as missing, never invented. */
  missing?: boolean;
  /** Why it is missing or what is partial, e.g. "cut off in the source after the first indicator". */
  note?: string;
}

export interface CompetencyClass {
  id: string;
  name: LocalText;
}

export interface Competency {
  /** Stable ASCII id, e.g. "achievement". */
  id: string;
  classId: string;
  name: LocalText;
  definition?: LocalText;
  /** Relative weight in the weighted score; defaults to 1. */
  weight?: number;
  /** How the competency is assessed: behaviour anchors (default) or an exam scored 0-100 (003 items 9-10). */
  assessment?: 'behaviour' | 'exam';
  /** One entry per level of the model's scale, in scale order. */
  levels: LevelDescriptor[];
}

/** A role (or grade) and its target level per competency (003 section 8 "标准级别设置"). */
export interface RoleTarget {
  id: string;
  name: LocalText;
  /** competency id -> level id */
  targets: Record<string, string>;
}

export interface ModelMeta {
  id: string;
  /** Model version; a changed model gets a new one (003 section 8, dynamic adjustment). */
  version: string;
  name: LocalText;
  /** The organisation / document the model comes from: one text as written, or its Chinese and English texts. */
  source?: string | LocalText;
  description?: LocalText;
}

/** A level-based behavioural model (seeds 000, 003). */
export interface LevelModel extends ModelMeta {
  kind: 'levels';
  scale: Scale;
  classes: CompetencyClass[];
  competencies: Competency[];
  roles?: RoleTarget[];
}

/** One behaviour element of a points model; maxPoints[levelId] = 0 means "not at this level". */
export interface PointsElement {
  id: string;
  name: LocalText;
  maxPoints: Record<string, number>;
  /** The assessment standard text per level, where the source has it. */
  criteria?: Record<string, LocalText>;
}

export interface PointsGroup {
  id: string;
  name: LocalText;
  elements: PointsElement[];
}

/** A knowledge exam converted to its share of the knowledge score: share * score / fullMarks. */
export interface KnowledgeExam {
  id: string;
  name: LocalText;
  fullMarks: number;
  /** Share of the knowledge score in percent points (50 = 50 %). Shares add up to 100. */
  share: number;
}

/** A deduction: for each missing item below the level's requirement, `pointsEach` points off. */
export interface Deduction {
  id: string;
  name: LocalText;
  requiredByLevel: Record<string, number>;
  pointsEach: number;
  /** Counting window in months, where the source sets one (004: 18). */
  windowMonths?: number;
}

/** A points model (seed 004): behaviour elements with per-level maxima, knowledge exams, deductions. */
export interface PointsModel extends ModelMeta {
  kind: 'points';
  /** The qualification levels (004: 三级 / 四级 / 五级). */
  scale: Scale;
  groups: PointsGroup[];
  /** Behaviour points available at each level (004: 100 at every level). */
  levelTotal: number;
  knowledge: { exams: KnowledgeExam[] };
  deductions: Deduction[];
}

export type CompetencyModel = LevelModel | PointsModel;
