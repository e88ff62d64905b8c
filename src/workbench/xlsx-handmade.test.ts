import ExcelJS from 'exceljs';
import { readXlsx, readXlsxFile, SETTINGS_SHEET, writeXlsx } from './xlsx';

/** Files HR makes by hand, and odd or hostile ones: opened, kept, saved back. */

const LEVELS = ['初级', '中级', '高级', '资深'];
const COMPETENCIES = ['成就导向', '团队合作', '客户导向', '专业知识'];

/** A hand-made assessment: a merged title row, headers on row 2, a weights row, person columns, level labels with blanks. */
async function handMadeSheet(): Promise<Uint8Array> {
  const file = new ExcelJS.Workbook();
  const sheet = file.addWorksheet('2026年度测评');
  sheet.getCell('A1').value = '2026年度能力素质测评表';
  sheet.mergeCells('A1:H1');
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.getRow(2).values = ['序号', '姓名', '部门', '岗位级别', ...COMPETENCIES];
  sheet.getRow(2).font = { bold: true };
  sheet.getCell('A3').value = '权重';
  sheet.mergeCells('A3:D3');
  ['E3', 'F3', 'G3', 'H3'].forEach((address, i) => {
    sheet.getCell(address).value = [0.3, 0.3, 0.2, 0.2][i];
    sheet.getCell(address).numFmt = '0%';
  });
  const people = [
    [1, '张三', '销售部', 'P5', '高级', '中级', null, '资深'],
    [2, '李四', '市场部', 'P4', null, '初级', '中级', null],
    [3, '王五', '销售部', 'P6', '资深', '高级', '高级', '中级'],
  ];
  people.forEach((person, i) => {
    person.forEach((value, c) => {
      if (value !== null) sheet.getCell(4 + i, c + 1).value = value;
    });
  });
  sheet.getColumn(2).width = 12;
  sheet.getColumn(5).width = 14;
  return new Uint8Array(await file.xlsx.writeBuffer());
}

/** Every cell of every sheet as ExcelJS reads it: address → value, with the merges and the styles that matter. */
async function contents(data: Uint8Array) {
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(data.buffer as ArrayBuffer);
  return file.worksheets
    .filter((s) => s.state !== 'veryHidden')
    .map((sheet) => {
      const cells: Record<string, unknown> = {};
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.isMerged && cell.master.address !== cell.address) return;
          cells[cell.address] = { value: cell.value, bold: Boolean(cell.font?.bold), numFmt: cell.numFmt ?? 'General', align: cell.alignment?.horizontal ?? null };
        }),
      );
      const merges = (sheet.model as { merges?: string[] }).merges ?? [];
      return { name: sheet.name, cells, merges: [...merges].sort(), widths: [2, 5].map((c) => sheet.getColumn(c).width) };
    });
}

describe('a hand-made assessment sheet', () => {
  test('is read with its merged ranges: the title once, in its first cell', async () => {
    const workbook = await readXlsx(await handMadeSheet());
    const sheet = '2026年度测评';
    expect(workbook.merges().map((m) => m.range)).toEqual([
      { startRow: 0, startCol: 0, endRow: 0, endCol: 7 },
      { startRow: 2, startCol: 0, endRow: 2, endCol: 3 },
    ]);
    expect(workbook.text(sheet, 0, 0)).toBe('2026年度能力素质测评表');
    // ExcelJS repeats the title in every merged cell; the workbench keeps it once.
    expect(workbook.text(sheet, 0, 1)).toBe('');
    expect(workbook.mergeAt(sheet, 0, 5)?.range.startCol).toBe(0);
    expect(workbook.style(sheet, 0, 0)).toMatchObject({ bold: true, align: 'center' });
    expect(workbook.display(sheet, 2, 4).text).toBe('30%');
    expect(workbook.text(sheet, 4, 4)).toBe('');
    expect(workbook.text(sheet, 5, 7)).toBe(LEVELS[1]);
  });

  test('survives open and save unchanged: values, merges, bold, number formats, alignment and widths', async () => {
    const original = await handMadeSheet();
    const saved = await writeXlsx(await readXlsx(original));
    const before = await contents(original);
    const after = await contents(saved);
    expect(after).toEqual(before);
    expect(after[0].merges).toEqual(['A1:H1', 'A3:D3']);
    expect(Object.keys(after[0].cells)).not.toContain('B1');
  });
});

describe('odd and hostile files', () => {
  test('one whole-column list validation is kept down to the used rows, quickly, with a notice', async () => {
    const file = new ExcelJS.Workbook();
    const sheet = file.addWorksheet('Sheet1');
    sheet.getCell('A1').value = '级别';
    sheet.getCell('A2').value = '中级';
    (sheet as unknown as { dataValidations: { add(range: string, rule: unknown): void } }).dataValidations.add('B1:B1048576', {
      type: 'list',
      allowBlank: true,
      formulae: [`"${LEVELS.join(',')}"`],
    });
    const data = new Uint8Array(await file.xlsx.writeBuffer());
    const started = process.memoryUsage().heapUsed;
    const { workbook, notices } = await readXlsxFile(await withSqref(data, 'B1:B1048576'));
    expect(process.memoryUsage().heapUsed - started).toBeLessThan(300 * 2 ** 20);
    expect(notices).toEqual([{ kind: 'range-bounded' }]);
    const [validation] = workbook.validations();
    expect(validation).toMatchObject({ kind: 'list', values: LEVELS, range: { startRow: 0, startCol: 1, endCol: 1 } });
    expect(validation.range.endRow).toBeLessThan(2000);
    expect(workbook.editCell('Sheet1', 900, 1, '优秀')).toMatchObject({ ok: false });
    expect(workbook.editCell('Sheet1', 900, 1, '高级')).toEqual({ ok: true });
    expect(workbook.text('Sheet1', 1, 0)).toBe('中级');
  });

  test('a chart over A1:XFD2000 reads only the used cells', async () => {
    const { chartData } = await import('./charts');
    const workbook = await readXlsx(await handMadeSheet());
    const chart = {
      kind: 'person-radar' as const,
      sheet: '2026年度测评',
      anchor: 'J2',
      title: 'x',
      categories: 'A1:XFD2000',
      actual: 'A1:XFD2000',
      target: 'A1:XFD2000',
      seriesNames: { actual: 'a', target: 't' },
    };
    const data = chartData(workbook, chart, 'zh-CN');
    expect(data.categories.length).toBe(6 * 8);
  });

  test('garbage in the add-in’s hidden sheet is ignored with a notice; the rest of the file opens', async () => {
    const file = new ExcelJS.Workbook();
    file.addWorksheet('Sheet1').getCell('A1').value = '张三';
    const hidden = file.addWorksheet(SETTINGS_SHEET);
    hidden.state = 'veryHidden';
    hidden.getCell('A1').value = 'workbench.charts';
    hidden.getCell('B1').value = '{not json';
    hidden.getCell('A2').value = 'workbench.validationBounds';
    hidden.getCell('B2').value = '[{"sheet": 3}]';
    hidden.getCell('A3').value = 42;
    const { workbook, notices } = await readXlsxFile(new Uint8Array(await file.xlsx.writeBuffer()));
    expect(notices).toEqual([{ kind: 'settings-ignored', sheet: SETTINGS_SHEET }]);
    expect(workbook.text('Sheet1', 0, 0)).toBe('张三');
    expect(workbook.charts()).toEqual([]);
    expect(workbook.sheetNames()).toEqual(['Sheet1']);
  });

  test('a visible sheet named like the hidden one is the user’s: kept, and saved beside the add-in’s own', async () => {
    const file = new ExcelJS.Workbook();
    file.addWorksheet(SETTINGS_SHEET).getCell('A1').value = '我的数据';
    const workbook = await readXlsx(new Uint8Array(await file.xlsx.writeBuffer()));
    expect(workbook.visibleSheetNames()).toEqual([SETTINGS_SHEET]);
    expect(workbook.text(SETTINGS_SHEET, 0, 0)).toBe('我的数据');
    workbook.settings.set('competency.settings', '{"modelId":"ct-am"}');
    const reopened = await readXlsx(await writeXlsx(workbook));
    expect(reopened.visibleSheetNames()).toEqual([SETTINGS_SHEET]);
    expect(reopened.text(SETTINGS_SHEET, 0, 0)).toBe('我的数据');
    expect(reopened.settings.get('competency.settings')).toBe('{"modelId":"ct-am"}');
  });
});

/** The file with its first sheet's data validation naming `sqref`, as Excel writes a whole-column rule. */
async function withSqref(data: Uint8Array, sqref: string): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(data);
  const name = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(name)!.async('string');
  // ExcelJS wrote the range squeezed into one rule; point it at the whole column.
  zip.file(name, xml.replace(/(<dataValidation\b[^>]*\ssqref=")[^"]*(")/, `$1${sqref}$2`));
  return zip.generateAsync({ type: 'uint8array' });
}
