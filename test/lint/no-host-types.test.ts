import { RuleTester, type Rule } from 'eslint';
import tseslint from 'typescript-eslint';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the rule is CommonJS so the flat config can load it as is
const noHostTypes: Rule.RuleModule = require('../../eslint-rules/no-host-types.cjs');

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as never } });
const options = [{ names: ['Excel', 'Office', 'HTMLElement', 'KeyboardEvent', 'Text'], message: 'host type' }];

tester.run('no-host-types', noHostTypes, {
  valid: [
    // Names the file declares or imports are its own, even when a global has the same name.
    { code: 'type Text = string; export const f = (t: Text): Text => t;', options },
    { code: "import type { Excel } from './fake'; export let r: Excel.Range;", options },
    { code: 'export function f(cells: string[][]): number { return cells.length; }', options },
  ],
  invalid: [
    { code: 'export let r: Excel.Range;', options, errors: [{ message: "'Excel': host type" }] },
    { code: 'export let r: Excel.Interfaces.RangeData;', options, errors: [{ message: "'Excel': host type" }] },
    { code: 'export function f(e: KeyboardEvent, o: Office.AsyncResult<string>): void {}', options, errors: 2 },
    { code: 'export interface Cell extends HTMLElement {}', options, errors: [{ message: "'HTMLElement': host type" }] },
    { code: 'export type Ready = typeof Office.onReady;', options, errors: [{ message: "'Office': host type" }] },
  ],
});
