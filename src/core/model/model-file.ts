import type { CompetencyModel } from './types';
import { validateModel, type ModelIssue } from './validate';
import { modelIssueMessages } from './messages';

/**
 * A model as a file HR can keep, mail and import: the same JSON as the built-in models in
 * src/models (so a built-in file is also an importable one), indented, UTF-8, ending in a newline.
 */

export type ModelFileResult = { ok: true; model: CompetencyModel } | { ok: false; issues: ModelIssue[] };

/** The model as JSON text. */
export function serializeModelFile(model: CompetencyModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** "ct-am-v1.json": id and version, safe as a file name. */
export function modelFileName(model: Pick<CompetencyModel, 'id' | 'version'>): string {
  return `${model.id}-v${model.version}`.replace(/[^A-Za-z0-9._-]+/g, '_') + '.json';
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Parses and validates a model file. A syntax error is one issue at "(file)" with its line and
 * column; a model that breaks the schema gives the validator's issues with their paths
 * (`competencies[3].levels[1].indicators[0]`).
 */
export function parseModelFile(text: string): ModelFileResult {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, issues: [{ path: '(file)', message: modelIssueMessages.fileEmpty() }] };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    if (!position) return { ok: false, issues: [{ path: '(file)', message: modelIssueMessages.notJson() }] };
    const { line, column } = lineAndColumn(source, Number(position[1]));
    return { ok: false, issues: [{ path: '(file)', message: modelIssueMessages.notJsonAt(line, column) }] };
  }
  const validated = validateModel(value);
  return validated.ok ? { ok: true, model: validated.value } : { ok: false, issues: validated.issues };
}
