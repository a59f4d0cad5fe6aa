import { describe, expect, it } from 'vitest';
import { parseTsv, placeRectangle, toTsv } from './paste';

describe('pasting a spreadsheet range', () => {
  it('parses tab-separated text as Excel and LibreOffice copy it', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('"deux\nlignes"\t"dit ""oui"""\n\tx')).toEqual([
      ['deux\nlignes', 'dit "oui"'],
      ['', 'x'],
    ]);
    expect(parseTsv('seul')).toEqual([['seul']]);
    expect(parseTsv('a\t\n')).toEqual([['a', '']]);
  });

  it('copies back what it parses', () => {
    const rows = [
      ['a', 'b\tc'],
      ['"q"', 'l1\nl2'],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });

  it('covers the columns to the right and the rows below, adding rows past the end and dropping extra columns', () => {
    const fields = ['lastName', 'grade', 'email'];
    const { cells, newRows } = placeRectangle(
      [
        ['A', 'B', 'C'],
        ['D', 'E', 'F'],
      ],
      { rowIdx: 4, colIdx: 1 },
      fields,
      5,
    );
    expect(cells).toEqual([
      { rowIdx: 4, field: 'grade', text: 'A' },
      { rowIdx: 4, field: 'email', text: 'B' },
      { rowIdx: 5, field: 'grade', text: 'D' },
      { rowIdx: 5, field: 'email', text: 'E' },
    ]);
    expect(newRows).toBe(1);
  });

  it('fills every selected row with a single pasted value', () => {
    const { cells, newRows } = placeRectangle([['X']], { rowIdx: 0, colIdx: 0 }, ['grade'], 10, [7, 2, 5]);
    expect(cells.map((c) => c.rowIdx)).toEqual([2, 5, 7]);
    expect(newRows).toBe(0);
  });
});
