import { normalizeName } from '../../core/text';
import type { PersonRow } from '../../host/assessment-operations';
import { isPersonKeyHeader } from '../../core/rating/person-key';

const HEADER_NAMES = ['姓名', '人员', '员工', 'name', 'person', 'employee'];

/**
 * People typed or pasted one per line: name, then role. Cells pasted from Excel are separated by a
 * tab; typed lines by a comma (, or ,) or, when the line has exactly one space, by that space
 * ("张三 客户经理"). A first line that is a header row (姓名 / Name) is skipped; blank lines too.
 */
export function parsePeople(text: string): PersonRow[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  // A header row with an employee number column (工号 / Employee ID ...): each person's number becomes their key.
  const header = lines.length > 0 ? splitCells(lines[0]) : [];
  const keyColumn = header.findIndex((cell) => isPersonKeyHeader(cell));
  if (keyColumn >= 0) {
    const nameColumn = Math.max(0, header.findIndex((cell, i) => i !== keyColumn && HEADER_NAMES.includes(normalizeName(cell))));
    return lines.slice(1).map(splitCells).flatMap((cells) => {
      const name = cells[nameColumn] ?? '';
      const role = cells.filter((_, i) => i !== nameColumn && i !== keyColumn).filter(Boolean).join(' ');
      const key = cells[keyColumn] ?? '';
      return name === '' ? [] : [{ name, role, ...(key ? { key } : {}) }];
    });
  }
  const people = lines.map(splitLine).filter((person) => person.name !== '');
  if (people.length > 0 && HEADER_NAMES.includes(normalizeName(people[0].name))) people.shift();
  return people;
}

function splitCells(line: string): string[] {
  const parts = line.includes('\t') ? line.split('\t') : /[,,;;]/.test(line) ? line.split(/[,,;;]/) : line.split(/\s+/).length === 2 ? line.split(/\s+/) : [line];
  return parts.map((part) => part.trim());
}

function splitLine(line: string): PersonRow {
  const [name = '', ...role] = splitCells(line);
  return { name, role: role.filter(Boolean).join(' ') };
}
