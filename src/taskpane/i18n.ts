import type { Locale } from '../core/model/types';
import type { SettingsField } from '../core/settings';
import type { Said } from '../core/message';

/**
 * Every string the pane shows, in English and Chinese. The Chinese table (i18n-zh.ts) is typed
 * against the English one, so a key missing (or extra) in either language fails the type check.
 * English is in the first script; Chinese is its own chunk, loaded before the pane shows it.
 * Model texts (competency names, descriptors) do not live here: they come from the model via `localize`.
 */
const SETTINGS_FIELD_NAMES_EN: Record<SettingsField, string> = { modelId: 'The chosen model', mappings: 'The column mappings', assessor: "The assessor's name", customModel: "This workbook's own model" };

const enUS = {
  appTitle: 'Competency',
  languageLabel: 'Language',
  loading: 'Loading…',
  working: 'Working…',
  failed: (message: string | Said) => `Something went wrong: ${typeof message === 'string' ? message : message.in('en-US')}`,
  blank: '(blank)',
  listSeparator: ', ',
  // Core's messages (model checks, import reasons) come in both languages: each table reads its own.
  issue: (path: string, message: Said) => `${path}: ${message.in('en-US')}`,
  cancel: 'Cancel',
  notInExcelHeading: 'Open this pane in Excel',
  notInExcel: 'Competency runs inside Excel (Windows, Mac or the web): open it with Home → Rate competencies. Without Excel, run `npm start` for the local workbench.',

  modelHeading: 'Competency model',
  modelLabel: 'Model',
  modelOptionCustom: (name: string) => `${name} (this workbook's model)`,
  modelVersion: (version: string) => `Version ${version}`,
  modelSeed: (seed: string) => ` (seed ${seed})`,
  modelFallback: (id: string) => `The workbook names the model "${id}", which is not available here: showing the default model.`,
  importModelFile: 'Import a model file (JSON)…',
  importModelFileInput: 'Model file (JSON)',
  exportModelFile: 'Export this model (JSON)',
  modelExported: (name: string, file: string) => `Exported ${name} as ${file}.`,
  importRejected: (file: string, count: number) => `${file} was not imported: ${count} problem${count === 1 ? '' : 's'} (nothing was changed).`,
  modelImported: (name: string) => `${name} is now this workbook's model.`,
  modelImportedVersion: (name: string, from: string, to: string) => `${name} is now this workbook's model: version ${to} (was ${from}).`,
  modelUnchanged: (name: string, version: string) => `${name} is the same as this workbook's model: nothing changed, it stays version ${version}.`,
  importRevisionTitle: (name: string, version: string) => `Make version ${version} of ${name} this workbook's model?`,
  importReplaceTitle: (current: string, next: string) => `Replace this workbook's model ${current} with ${next}?`,
  versionChange: (from: string, to: string) => `Version ${from} → ${to}:`,
  versionMoreChanges: (count: number) => `and ${count} more change${count === 1 ? '' : 's'}`,
  versionOtherChanges: 'Other details of the model changed.',
  importArchiveNote: (tag: string, sheet: string) =>
    `Ratings made with ${tag} stay explainable: building the assessment workbook again keeps its Model sheet of ${tag} as “${sheet}”.`,
  importReplace: 'Replace the model',
  importCancelled: 'The model was not imported: nothing was changed.',

  searchHeading: 'Search the descriptors',
  searchLabel: 'Search names, definitions, levels and behaviours (中文 or English)',
  searchCount: (count: number) => `${count} match${count === 1 ? '' : 'es'}`,
  searchNone: 'Nothing in the model matches.',
  searchMore: (count: number) => `${count} more: refine the search.`,
  searchShow: (name: string) => `Show ${name}`,
  fieldName: 'name',
  fieldDefinition: 'definition',
  fieldSummary: 'level summary',
  fieldIndicator: 'behaviour',
  fieldCriteria: 'assessment standard',

  personLabel: 'Person',
  roleLabel: 'Role',
  noRole: 'no role given',
  cellLabel: 'Cell',
  personPosition: (index: number, count: number) => `person ${index} of ${count}`,
  definitionLabel: 'Definition',
  noDefinition: 'The model has no definition for this competency.',
  currentRating: 'Current rating',
  notRated: 'Not rated yet',
  storedEvidence: 'Stored evidence',
  evidenceBy: (assessor: string, date: string) => `Recorded by ${assessor || '?'} on ${date || '?'}`,
  evidenceComment: (comment: string) => `Comment: ${comment}`,
  evidenceLevelMismatch: (cell: string, evidence: string) =>
    `The cell holds ${cell}, but the stored evidence was recorded for ${evidence}: the cell may have been edited by hand.`,
  ticksRestored: 'The ticks below are restored from the stored evidence.',
  examCompetency: 'This competency is assessed by an exam scored 0–100, not by behaviours: enter the score, and the level follows from it.',
  examScoreLabel: 'Exam score (0–100)',
  examLevelHeading: 'Level from the score',
  examScoreGives: (level: string, bands: string) => `Gives ${level} (${bands}).`,
  examScoreBands: (bands: string) => `Levels by score: ${bands}.`,
  examScoreBand: (level: string, from: number) => `${level} from ${from}`,
  examScoreProblem: (problem: 'empty' | 'not-a-number' | 'outside' | 'no-bands') =>
    ({
      empty: 'Enter the exam score.',
      'not-a-number': 'The score is a number from 0 to 100, such as 82 or 74.5.',
      outside: 'The score must lie from 0 to 100.',
      'no-bands': "The model's scale has no score bands, so a score gives no level: ask HR to add them to the model.",
    })[problem],
  examScoreWritten: (score: number, level: string) => `${score} (${level})`,

  levelsHeading: 'Levels and behaviours',
  levelTicked: (ticked: number, total: number) => `${ticked} of ${total} ticked`,
  levelMissing: 'Missing in the source: the model has no descriptor for this level.',
  levelNoIndicators: 'No behaviour indicators for this level in the model: the rule passes it over.',
  levelNote: (note: string) => `Note: ${note}`,
  levelMissingBadge: 'missing',
  supportedBadge: 'supported',

  supportedHeading: 'Level supported by the evidence',
  supportedLevel: (level: string) => `The ticked behaviours support ${level}.`,
  supportedNothingTicked: 'Tick the behaviours you observed: the pane shows the level they support.',
  supportedNone: (level: string) => `No level is supported yet: not every behaviour of ${level} is ticked.`,
  supportedRule: 'A level is supported when all its behaviours and those of every level below it are ticked.',
  noDescriptors: 'The model has no behaviour descriptors for this competency: choose the level yourself.',
  gapExplained: (above: string, gap: string, ticked: number, total: number) =>
    `Behaviours ticked at ${above} do not count: ${gap}, below them, is not complete (${ticked} of ${total} ticked). Tick the rest of ${gap}, or choose the level yourself.`,
  skippedMissing: (levels: string) => `Passed over ${levels}: the model has no behaviour descriptor there.`,
  noDescriptorAbove: (levels: string) =>
    `${levels}: no behaviour descriptor in the model, so ticks cannot support it. Choose it yourself if your evidence shows it.`,

  applyHeading: 'Apply the rating',
  levelToWrite: 'Level to write',
  levelToWriteSupported: (level: string) => `The supported level (${level})`,
  levelToWriteNone: 'The supported level (none yet)',
  overrideNote: (chosen: string, supported: string) => `Override: you chose ${chosen}; the ticked behaviours support ${supported}.`,
  none: 'none',
  commentLabel: 'Comment (optional)',
  assessorLabel: 'Your name (assessor)',
  assessorRequired: 'Enter your name: it goes into the evidence and the audit log.',
  applyButton: (level: string, cell: string) => `Write ${level} to ${cell}`,
  applyAsRater: (level: string) => `Record ${level} as your rating (Ratings table)`,
  applyNoLevel: 'Choose a level to write',
  written: (level: string, person: string, competency: string) => `Wrote ${level} for ${person} · ${competency}.`,
  refused: (reason: string) => `Not written: ${reason}`,
  notWritten: 'Nothing was written.',
  confirmTitle: (current: string, level: string) => `Replace ${current} with ${level}?`,
  confirmSameTitle: (level: string) => `${level} is already in the cell. Replace its evidence?`,
  confirmBody: (person: string, competency: string, cell: string) =>
    `${person} · ${competency} (${cell}) already has a rating. The old value stays in the audit log.`,
  confirmChanged: (seen: string, now: string) => `The cell changed since you selected it: you saw ${seen}, it now holds ${now}.`,
  confirmReplace: 'Replace',

  navigationLabel: 'Move in the table',
  navCompetency: 'Competency',
  navPerson: 'Person',
  previousCompetency: 'Previous competency',
  nextCompetency: 'Next competency',
  previousPerson: 'Previous person',
  nextPerson: 'Next person',

  helpHeading: 'Keyboard shortcuts',
  shortcutNextCompetency: 'next competency (same person)',
  shortcutPreviousCompetency: 'previous competency',
  shortcutNextPerson: 'next person (same competency)',
  shortcutPreviousPerson: 'previous person',
  shortcutsWhere:
    'The shortcuts work while the pane has the focus, except in text fields and lists, where Alt+arrows keep their usual meaning. Tab moves between the behaviours; Space ticks or unticks one.',

  diagnosticsHeading: 'First-run check',
  diagnosticsIntro:
    'Checks what this Excel supports and how it answers the questions the add-in is built to survive either way. It works on two scratch sheets it adds and deletes again: your cells are not touched.',
  diagnosticsRun: 'Run the check',
  diagnosticsRunning: 'Checking…',
  diagnosticsSets: 'Requirement sets',
  diagnosticsProbes: 'Behaviours tried',
  diagnosticsReport: 'Report to copy',
  diagnosticsCopy: 'Copy the report',
  diagnosticsCopied: 'Copied.',
  diagnosticsNotCleaned: 'Excel did not let the check delete its scratch sheets (named ~CompetencyProbe…): delete them by hand.',

  browseNoColumn: (table: string) => `Table ${table} has no column for this competency: it is shown for reading.`,
  browseOnly: 'Shown for reading. Select a rating cell to rate it.',
  backToSelection: 'Back to the selected cell',

  tableNoRatingColumns: (table: string, model: string) =>
    `Table ${table} has no column named after a competency of ${model}. Say below what its columns rate, or choose another model.`,
  tableSelectRatingCell: (table: string) => `This cell is not a rating cell. Select a cell under a competency column of ${table}.`,
  mappingHeading: 'Columns and competencies',
  mappingIntro: 'Say what each column rates. The mapping is saved in this workbook.',
  mappingUnmatched: (count: number) => `${count} column${count === 1 ? '' : 's'} of this table not recognized`,
  mappingShow: 'Map columns',
  mappingHide: 'Hide the column mapping',
  mappingColumn: (header: string) => `Column “${header}”`,
  mappingUnset: 'Not mapped yet',
  mappingNone: 'Not a rating column',
  mappingTaken: (name: string) => `${name} (rated by another column)`,
  mappingSave: 'Save the mapping',
  mappingSaved: 'Mapping saved.',
  mappingNothing: 'Every column of this table is recognized.',

  rangeHeading: (sheet: string, address: string) => `Hand-made assessment on sheet ${sheet} (${address})`,
  rangeIntro: (people: number) =>
    `This range is not an Excel table. The add-in rates it where it stands: ${people} ${people === 1 ? 'person' : 'people'}, one competency per column.`,
  rangeSelectRatingCell: 'This cell is not a rating cell. Select a cell under a competency column, in a person’s row.',
  rangeNoRatingColumns: (model: string) => `No column of this range is named after a competency of ${model}. Say below what its columns rate.`,
  rangeConvertOffer: 'Make it an Excel table…',
  rangeConvertWhat: (address: string, people: number) => `Excel makes a table over ${address}: the header row and the ${people} ${people === 1 ? 'person' : 'people'} below it.`,
  rangeConvertKept: (rows: string) => `Rows ${rows} stay as they are, outside the table.`,
  rangeConvertFormats: 'The values and the cells’ own formats stay; Excel adds its table style (banded rows) and filter buttons on the header row. Nothing else on the sheet changes.',
  rangeConvertConfirm: 'Make the table',
  rangeConverted: (table: string) => `The range is now the Excel table ${table}.`,
  rangeCannotConvert: 'It cannot become an Excel table where it stands, so it is rated in place:',
  rangeProblemWeightsBelow: 'the weights row lies between the headers and the people (a table would read it as a person)',
  rangeProblemMerged: 'it has merged cells, and Excel makes no table over merged cells',
  rangeProblemHeaders: 'a header is blank or repeated, and Excel would rename it',
  rangeProblemTotals: 'a totals row lies among the people',
  rangeProblemNoPeople: 'it lists nobody yet',
  rangeProblemGone: 'the range is no longer there; select a cell of it again',
  rangeProblemHost: (detail: string) => `Excel refused: ${detail}`,
  weightsInvalid: 'A weight must be a number of 0 or more (for example 20, 0.2 or 20%). These cells of the weights row are not:',
  weightsInvalidCell: (address: string, value: string, header: string) => `${address}: “${value}” under ${header}`,
  recordTableHeading: 'A table the add-in keeps',
  recordTableEvidence: 'This is the evidence log: one row per person and competency, with the behaviours observed, written each time a rating is applied. Select a rating cell of the assessment table to rate.',
  recordTableAudit: 'This is the audit log: one line per rating change (who, when, old and new level), appended each time a rating is applied. Leave it as it is.',
  recordTableModel: 'This is the competency model sheet: the competencies, their levels and behaviours. Edit it here, then import it from the pane (Import the model from the Model sheet).',
  recordTableTargets: 'These are the target levels: one row per role, one column per competency, the level the role requires (blank = not set). Type or pick the levels here; the assessment compares each person’s ratings with the targets of their role.',

  outsideHeading: 'Select a rating cell',
  outsideIntro:
    'Select a cell in an assessment table: one row per person, one column per competency, each column headed by a competency name of the model.',
  outsideTables: (tables: string) => `Assessment tables in this workbook: ${tables}.`,
  outsideNoTables: (model: string) =>
    `This workbook has no table for ${model} yet: build one below, or head the columns of your own table with the competency names.`,

  actionsHeading: 'Assessment workbook',
  shareCopyButton: 'Download a copy for people without the add-in',
  shareConvertButton: 'Convert for people without the add-in…',
  shareHint: 'Where the add-in is not installed, HR functions show #NAME?. The copy computes the same scores, levels, gaps and points with built-in Excel formulas.',
  shareConfirmTitle: 'Replace the HR functions in this workbook with built-in formulas?',
  shareConfirmBody:
    'Every weighted score, level, gap and points total keeps its value but is computed with built-in Excel formulas, so the workbook works without the add-in. Save it under a new name afterwards (File → Save a Copy) if you want to keep this version.',
  shareConfirm: 'Convert',
  shareCopied: (file: string, count: number) => `Downloaded ${file}: ${count} formula${count === 1 ? '' : 's'} now built-in.`,
  shareConverted: (count: number) => `${count} formula${count === 1 ? '' : 's'} now built-in: save the workbook under a new name to share it.`,
  shareUnconverted: (count: number) => `${count} cell${count === 1 ? '' : 's'} with HR functions the add-in did not write still need the add-in:`,
  verifyAuditButton: 'Verify the audit log',
  verifyAuditHint: 'Each audit line carries a hash of itself and of the line before it: an edited or removed line shows here. Someone who recomputes every hash is not caught.',
  auditEmpty: 'The audit log has no lines yet.',
  auditIntact: (checked: number, beforeChain: number) =>
    `The audit log is intact: ${checked} line${checked === 1 ? '' : 's'} checked.${beforeChain > 0 ? ` ${beforeChain} older line${beforeChain === 1 ? ' was' : 's were'} written before the chain and cannot be checked.` : ''}`,
  auditEdited: (row: number, line: number | null) => `Row ${row} of the Audit sheet${line === null ? '' : ` (line ${line})`} was edited, or added by hand: it does not match its hash.`,
  auditRemoved: (row: number, from: number, to: number) => `${from === to ? `Line ${from} was` : `Lines ${from}–${to} were`} removed before row ${row} of the Audit sheet.`,
  auditRemovedLast: (from: number, to: number) => `${from === to ? `Line ${from}, the last one, was` : `The last lines ${from}–${to} were`} removed from the audit log.`,
  buildHeading: 'Build an assessment workbook from this model',
  peopleLabel: 'People: one per line, name then role (paste from Excel, or separate with a comma)',
  peopleCount: (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`,
  buildButton: 'Build the workbook',
  buildConfirmTitle: 'Replace the assessment sheets?',
  buildConfirmBody: 'This workbook already has assessment sheets. Building again replaces them, with the ratings they hold.',
  buildReplace: 'Replace them',
  built: (sheets: string, table: string) => `Built ${sheets}. Ratings go into table ${table}.`,
  builtArchived: (sheet: string) => `The Model sheet of the earlier model version is kept as “${sheet}”.`,
  builtDuplicateNames: (names: string) => `More than one person is called ${names}: they are shaded in the sheet and told apart by their Person key, never by name.`,
  chartsButton: 'Draw profile charts',
  chartsDone: 'The profile charts are drawn.',
  exportButton: 'Export the slide deck',
  exportDone: (file: string) => `Exported ${file}.`,
  exportNoPeople: 'The assessment table lists nobody yet: nothing to export.',
  deckPeopleLabel: 'People in the deck',
  deckPeopleAll: (count: number) => `Everyone (${count})`,
  deckPeopleRole: 'Everyone of one role',
  deckPeopleSelection: 'Selected people',
  deckRoleLabel: 'Role',
  deckRoleOption: (role: string, count: number) => `${role} (${count})`,
  deckNoRole: '(no role)',
  deckFilterLabel: 'Filter the names',
  deckSlideCount: (people: number, slides: number) => `${people} ${people === 1 ? 'person' : 'people'}: ${slides} slides.`,
  deckNobodyChosen: 'Choose at least one person.',
  deckExportChosen: 'Export',
  deckCancel: 'Cancel',
  importSheetButton: 'Import the model from the Model sheet',
  importSheetRejected: (count: number) => `The Model sheet was not imported: ${count} problem${count === 1 ? '' : 's'} (nothing was changed).`,
  importSheetIssue: (row: number, message: Said) => `Row ${row}: ${message.in('en-US')}`,

  pointsIntro:
    'This is a points model: type each behaviour element’s points into the cells directly. Below: each element’s maximum points per level and its assessment standard, for reference.',
  pointsTotal: 'The total comes from =HR.POINTS.TOTAL(points, level, [cases]).',
  pointsGroupTotal: (points: number) => `${points} points`,
  pointsColumns: (levels: string) => `In brackets: the maximum points at ${levels}.`,
  pointsMax: (level: string, points: number) => `${level}: up to ${points} points`,
  pointsNotApplicable: (level: string) => `${level}: does not apply (0 points)`,
  pointsNoCriteria: 'The source has no assessment standard for this level.',
  pointsKnowledgeHeading: 'Knowledge exams',
  pointsExam: (name: string, fullMarks: number, share: number) => `${name}: full marks ${fullMarks}, ${share} % of the knowledge score`,
  pointsDeductionsHeading: 'Deductions',
  pointsDeduction: (name: string, required: string, each: number) => `${name}: required ${required}; ${each} points off for each one missing`,
  settingsIgnoredTitle: "Part of this workbook's settings could not be used (nothing else was lost):",
  settingsUnreadable: (recovered: boolean) =>
    recovered
      ? 'The stored settings are damaged (not readable): the last good copy is used. The damaged text is set aside in the workbook on the next save.'
      : 'The stored settings are damaged (not readable) and there is no good copy: the defaults are shown. The damaged text is set aside in the workbook on the next save.',
  settingsField: (field: SettingsField, recovered: boolean, detail: string) =>
    `${SETTINGS_FIELD_NAMES_EN[field]} is not valid${detail ? ` (${detail})` : ''}: ${
      recovered ? 'its last good value is used' : field === 'customModel' ? 'it stays in the workbook unchanged, unused' : 'the default is used'
    }.`,
  settingsMappings: (entries: string) => `Column mappings left out (not a competency id): ${entries}.`,
  settingsUnknown: (fields: string) => `Settings written by a newer version, kept as they are: ${fields}.`,
  dismiss: 'Dismiss',
};

export type Strings = { [K in keyof typeof enUS]: (typeof enUS)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

/** The languages whose strings are here (English from the start, Chinese once loaded). */
const loaded: Partial<Record<Locale, Strings>> = { 'en-US': enUS };

/** English, always loaded: what a component outside the pane's language falls back on. */
export const ENGLISH: Strings = enUS;
let loadingZh: Promise<Strings> | null = null;

/** A language's strings if they are loaded (English always is), else null: then call loadStrings. */
export function loadedStrings(locale: Locale): Strings | null {
  return loaded[locale] ?? null;
}

/** Loads a language's strings (once; again after a failed load, the connection having dropped). */
export function loadStrings(locale: Locale): Promise<Strings> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  loadingZh ??= import(/* webpackChunkName: "strings-zh" */ './i18n-zh').then(
    (module) => (loaded['zh-CN'] = module.zhCN),
    (error: unknown) => {
      loadingZh = null;
      throw error;
    },
  );
  return loadingZh;
}

/** The names of the languages, each in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', 'en-US': 'English' };
