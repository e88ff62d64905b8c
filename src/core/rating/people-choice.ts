import { normalizeName } from '../text';
import type { AssessmentSnapshot } from './snapshot';

/** Whom an exported deck covers: everyone, everyone of one role, or people chosen by name. */
export type PeopleChoice = { kind: 'all' } | { kind: 'role'; role: string } | { kind: 'selection'; names: readonly string[] };

/** The roles in a snapshot, in order of first appearance, with how many people hold each ('' = no role given). */
export function rolesInSnapshot(snapshot: AssessmentSnapshot): { role: string; count: number }[] {
  const byRole = new Map<string, { role: string; count: number }>();
  for (const person of snapshot.people) {
    const key = normalizeName(person.role);
    const entry = byRole.get(key) ?? { role: person.role.trim(), count: 0 };
    entry.count++;
    byRole.set(key, entry);
  }
  return [...byRole.values()];
}

export type PeopleChoiceResult =
  | { ok: true; snapshot: AssessmentSnapshot; unknownNames: string[] }
  | { ok: false; reason: 'nobody-chosen' | 'nobody-in-role' | 'no-known-names'; unknownNames: string[] };

/**
 * The snapshot narrowed to the chosen people, in the table's order, so everything computed from it
 * (the team averages and counts too) covers only them; the snapshot says whom it covers. Names match
 * as HR types them (case, width and spacing ignored); names that match nobody are returned, not guessed.
 */
export function choosePeople(snapshot: AssessmentSnapshot, choice: PeopleChoice): PeopleChoiceResult {
  if (choice.kind === 'all') return { ok: true, snapshot: { ...snapshot, coverage: undefined }, unknownNames: [] };
  if (choice.kind === 'role') {
    const key = normalizeName(choice.role);
    const people = snapshot.people.filter((p) => normalizeName(p.role) === key);
    if (people.length === 0) return { ok: false, reason: 'nobody-in-role', unknownNames: [] };
    return { ok: true, snapshot: { ...snapshot, people, coverage: { kind: 'role', role: people[0].role.trim() } }, unknownNames: [] };
  }
  const wanted = new Set<string>();
  const unknownNames: string[] = [];
  const present = new Set(snapshot.people.map((p) => normalizeName(p.name)));
  for (const name of choice.names) {
    const key = normalizeName(name);
    if (key === '' || wanted.has(key)) continue;
    if (present.has(key)) wanted.add(key);
    else if (!unknownNames.includes(name.trim())) unknownNames.push(name.trim());
  }
  if (wanted.size === 0) return { ok: false, reason: unknownNames.length > 0 ? 'no-known-names' : 'nobody-chosen', unknownNames };
  const people = snapshot.people.filter((p) => wanted.has(normalizeName(p.name)));
  return { ok: true, snapshot: { ...snapshot, people, coverage: { kind: 'selection' } }, unknownNames };
}
