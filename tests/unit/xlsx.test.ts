// The workbook reader's pieces: which number formats are dates, which day a serial is, which sheet is read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseSheet, columnIndex, readXlsx } from '../../src/lib/xlsx/read-xlsx.ts';
import { excelSerialToIso, isDateFormat } from '../../src/lib/xlsx/xlsx-dates.ts';
import { excelSerial, xlsxBytes } from '../support/xlsx-fixture.ts';

test('built-in date formats and custom codes with d, m or y are dates; numbers, text and times are not', () => {
  for (const id of [14, 15, 16, 17, 22]) assert.equal(isDateFormat(id, undefined), true, `built-in ${id}`);
  for (const id of [0, 1, 2, 3, 4, 9, 10, 49]) assert.equal(isDateFormat(id, undefined), false, `built-in ${id}`);
  for (const code of ['dd/mm/yyyy', '[$-421]dd mmmm yyyy;@', 'd-mmm-yy', 'yyyy-mm-dd', 'mmm yyyy']) assert.equal(isDateFormat(164, code), true, code);
  for (const code of ['0.00', '#,##0', '"dd"0', '@', '[Red]0', 'h:mm', '[h]:mm:ss']) assert.equal(isDateFormat(164, code), false, code);
});

test('serials: the 1900 system with its phantom 29 February, and the 1904 system', () => {
  assert.equal(excelSerialToIso(43144, false), '2018-02-13');
  assert.equal(excelSerialToIso(61, false), '1900-03-01');
  assert.equal(excelSerialToIso(59, false), '1900-02-28');
  assert.equal(excelSerialToIso(1, false), '1900-01-01');
  assert.equal(excelSerialToIso(43144.75, false), '2018-02-13', 'a time of day does not move the date');
  assert.equal(excelSerialToIso(41682, true), '2018-02-13');
  assert.equal(excelSerialToIso(0, false), undefined);
});

test('cell references and sheet choice', () => {
  assert.deepEqual(['A1', 'C5', 'Z9', 'AA12', 'AZ3'].map(columnIndex), [0, 2, 25, 26, 51]);
  const sheets = [{ name: 'Petunjuk', target: 'a' }, { name: 'Signings ', target: 'b' }];
  assert.equal(chooseSheet(sheets, 'signings')?.target, 'b');
  assert.equal(chooseSheet(sheets, 'cases')?.target, 'a');
});

test('a workbook reads as rows with the sheet\'s row numbers, blank trailing cells filled, dates as ISO', async () => {
  const bytes = xlsxBytes([{ name: 'Sheet1', firstRow: 3, rows: [['id', 'date', 'n', 'flag'], ['a', { date: excelSerial('2024-02-14') }, 0.1 + 0.2, true], ['b', '', 12], [], ['c', '15/02/2024', 7, false]] }]);
  const rows: [string[], number][] = [];
  await readXlsx(bytes, 'x', (fields, row) => rows.push([fields, row]));
  assert.deepEqual(rows, [
    [['id', 'date', 'n', 'flag'], 3],
    [['a', '2024-02-14', '0.3', 'TRUE'], 4],
    [['b', '', '12', ''], 5],
    [['c', '15/02/2024', '7', 'FALSE'], 7],
  ]);
});

test('the 1904 date system is honoured', async () => {
  const bytes = xlsxBytes([{ name: 'S', rows: [['d'], [{ date: 41682 }]] }], { date1904: true });
  const rows: string[][] = [];
  await readXlsx(bytes, 'S', (fields) => rows.push(fields));
  assert.deepEqual(rows, [['d'], ['2018-02-13']]);
});
