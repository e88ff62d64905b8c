import { normalizeName } from '../../core/text';
import type { PersonRow } from '../../host/assessment-operations';

const HEADER_NAMES = ['姓名', '人员', '员工', 'name', 'person', 'employee'];

/**
 * People typed or pasted one per line: name, then role. Cells pasted from Excel are separated by a
 * tab; typed lines by a comma (, or ,) or, when the line has exactly one space, by that space
 * ("张三 客户经理"). A first line that is a header row (姓名 / Name) is skipped; blank lines too.
 */
export function parsePeople(text: string): PersonRow[] {
  const people = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map(splitLine)
    .filter((person) => person.name !== '');
  if (people.length > 0 && HEADER_NAMES.includes(normalizeName(people[0].name))) people.shift();
  return people;
}

function splitLine(line: string): PersonRow {
  const parts = line.includes('\t') ? line.split('\t') : /[,,;;]/.test(line) ? line.split(/[,,;;]/) : line.split(/\s+/).length === 2 ? line.split(/\s+/) : [line];
  const [name = '', ...role] = parts.map((part) => part.trim());
  return { name, role: role.filter(Boolean).join(' ') };
}
