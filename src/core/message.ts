import type { Locale } from './model/types';

/**
 * Messages the user reads, in both languages. A catalogue entry holds an English and a Chinese
 * template with the same parameters; calling it gives a `Said`, which renders only when read, in
 * the reader's language (an error made for a bad cell costs no formatting until Excel shows it).
 */
export type Language = 'en' | 'zh';

export function languageOf(locale: Locale): Language {
  return locale === 'zh-CN' ? 'zh' : 'en';
}

/** A message not yet rendered: `in(locale)` gives its text; `toString()` the English one (logs, tests). */
export class Said {
  constructor(private readonly render: (language: Language) => string) {}

  in(locale: Locale): string {
    return this.render(languageOf(locale));
  }

  text(language: Language): string {
    return this.render(language);
  }

  toString(): string {
    return this.render('en');
  }
}

/** A parameter that is itself a message (a place, a list) or text taken as it is (a name, a value). */
export type Text = string | Said;

type Template = (...args: never[]) => string;
type Loose<A extends readonly unknown[]> = { [I in keyof A]: A[I] extends string ? Text : A[I] };
export type Catalogue<T extends Record<string, Template>> = { readonly [K in keyof T]: (...args: Loose<Parameters<T[K]>>) => Said };
/** Both languages of every key, with the same parameters. */
export type Entries<T extends Record<string, Template>> = { [K in keyof T]: { en: T[K]; zh: T[K] } };

const ENTRIES = new WeakMap<object, Record<string, { en: Template; zh: Template }>>();

function resolve(arg: unknown, language: Language): unknown {
  return arg instanceof Said ? arg.text(language) : arg;
}

/** A catalogue from its entries; the type check refuses a key without both languages or with different parameters. */
export function defineMessages<T extends Record<string, Template>>(entries: Entries<T>): Catalogue<T> {
  const catalogue: Record<string, (...args: unknown[]) => Said> = {};
  for (const key of Object.keys(entries)) {
    const entry = entries[key] as unknown as { en: (...args: unknown[]) => string; zh: (...args: unknown[]) => string };
    catalogue[key] = (...args) => new Said((language) => entry[language](...args.map((arg) => resolve(arg, language))));
  }
  ENTRIES.set(catalogue, entries as Record<string, { en: Template; zh: Template }>);
  return catalogue as Catalogue<T>;
}

/** The entries behind a catalogue, for the test that every key reads in both languages. */
export function entriesOf(catalogue: object): Record<string, { en: Template; zh: Template }> {
  const entries = ENTRIES.get(catalogue);
  if (!entries) throw new Error('not a message catalogue');
  return entries;
}

/** Text that is the same in both languages (a name, a value, an address). */
export function verbatim(text: string): Said {
  return new Said(() => text);
}

/** A model's own text (a competency name, a level label) in the reader's language, falling back to the other. */
export function modelText(text: { zh?: string; en?: string }): Said {
  return new Said((language) => (language === 'zh' ? text.zh ?? text.en : text.en ?? text.zh) ?? '');
}

/** A message as model text in both languages, for what is stored or passed on as a LocalText. */
export function bothTexts(said: Said): { zh: string; en: string } {
  return { zh: said.text('zh'), en: said.text('en') };
}

/** Messages one after another: "; " in English, "；" in Chinese. */
export function joinSaid(items: readonly Text[], separator: { en: string; zh: string } = { en: '; ', zh: '；' }): Said {
  return new Said((language) => items.map((item) => resolve(item, language)).join(separator[language]));
}

/** A list of names: "a, b" in English, "a、b" in Chinese. */
export function listSaid(items: readonly Text[]): Said {
  return joinSaid(items, { en: ', ', zh: '、' });
}

/** An error whose message the user reads: thrown by hosts, shown by the pane in its language. */
export class SaidError extends Error {
  constructor(readonly said: Said) {
    super(said.toString());
    this.name = 'SaidError';
  }
}

/** The message of an error in both languages when it has one (a domain or host error), else its text. */
export function saidOf(error: unknown): Said | string {
  if (error && typeof error === 'object' && 'said' in error && (error as { said: unknown }).said instanceof Said) return (error as { said: Said }).said;
  return error instanceof Error ? error.message : String(error);
}

/** 12345 -> "12,345": a length the reader takes in at a glance (the same grouping in both languages). */
function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** How a text cut for quoting says what it was cut from. */
export const clipPieces = defineMessages({
  clipped: {
    en: (kept: string, length: number) => `${kept} (${grouped(length)} characters)`,
    zh: (kept: string, length: number) => `${kept}（共 ${grouped(length)} 个字符）`,
  },
});

/**
 * Text quoted in a message, cut when long: its first `max` characters, then how long it was, in
 * the reader's language, so a message stays readable whatever the cell holds. `quote` wraps the
 * part kept (JSON quotes, say) and leaves the length outside it. Short text comes back as it is.
 */
export function clipped(value: Text, max = 60, quote: (kept: string) => string = (kept) => kept): Text {
  if (typeof value === 'string' && value.length <= max) return quote(value);
  return new Said((language) => {
    const text = resolve(value, language) as string;
    return text.length > max ? clipPieces.clipped(quote(`${text.slice(0, max)}…`), text.length).text(language) : quote(text);
  });
}
