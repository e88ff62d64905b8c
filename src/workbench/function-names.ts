import type { Locale } from '../core/model/types';
import zhCN from '../functions/functions.zh-CN.json';

/**
 * The HR functions' Chinese names in workbench formulas. HyperFormula knows each function by its
 * id (HR.COMPETENCY.LEVEL) and Excel's files store the id too, so a formula is translated to ids
 * on its way in and back to the user's language for display: `=HR.能力.级别(82)` works as in
 * Chinese Excel. Literal TRUE and FALSE, which HyperFormula reads only as functions, become
 * TRUE() and FALSE() on the way in.
 */

const NAMESPACE = 'HR.';
const CHINESE: Record<string, string> = Object.fromEntries(Object.entries(zhCN.functions).map(([id, entry]) => [id, entry.name]));
const ID_BY_NAME = new Map(Object.entries(CHINESE).map(([id, name]) => [name.toUpperCase(), id]));
const NAME_CHAR = /[\p{L}\p{N}_.]/u;

/** Applies `replace` to the formula's code only: text in "…" and sheet names in '…' stay as they are. */
function mapCode(formula: string, replace: (code: string) => string): string {
  let out = '';
  let code = '';
  let i = 0;
  while (i < formula.length) {
    const quote = formula[i];
    if (quote === '"' || quote === "'") {
      out += replace(code);
      code = '';
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === quote && formula[j + 1] === quote) j += 2;
        else if (formula[j] === quote) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      code += quote;
      i++;
    }
  }
  return out + replace(code);
}

/** Each name (a run of letters, digits, "_" and ".") followed by what comes after it. */
function mapNames(code: string, replace: (name: string, rest: string) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    if (!NAME_CHAR.test(code[i])) {
      out += code[i++];
      continue;
    }
    let j = i;
    while (j < code.length && NAME_CHAR.test(code[j])) j++;
    const name = code.slice(i, j);
    out += replace(name, code.slice(j)) ?? name;
    i = j;
  }
  return out;
}

/** The formula as HyperFormula reads it: HR functions by id, literal booleans as functions. */
export function toEngineFormula(formula: string): string {
  if (!formula.startsWith('=')) return formula;
  return mapCode(formula, (code) =>
    mapNames(code, (name, rest) => {
      const upper = name.toUpperCase();
      const call = /^\s*\(/.test(rest);
      if (call && upper.startsWith(NAMESPACE)) {
        const id = ID_BY_NAME.get(upper.slice(NAMESPACE.length));
        return id ? `${NAMESPACE}${id}` : undefined;
      }
      // A boolean, not a sheet name (TRUE!A1) nor a function call.
      if ((upper === 'TRUE' || upper === 'FALSE') && !call && !/^\s*!/.test(rest)) return `${upper}()`;
      return undefined;
    }),
  );
}

/** The formula as the user reads it: the HR functions in the user's language, booleans as Excel writes them. */
export function toDisplayFormula(formula: string, locale: Locale): string {
  if (!formula.startsWith('=')) return formula;
  return mapCode(formula, (code) =>
    mapNames(code, (name, rest) => {
      const upper = name.toUpperCase();
      if (locale !== 'zh-CN' || !upper.startsWith(NAMESPACE) || !/^\s*\(/.test(rest)) return undefined;
      const chinese = CHINESE[upper.slice(NAMESPACE.length)];
      return chinese ? `${NAMESPACE}${chinese}` : undefined;
    }).replace(/(?<![\p{L}\p{N}_.])(TRUE|FALSE)\(\s*\)/giu, (_, name: string) => name.toUpperCase()),
  );
}
