import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/admin/csv.js';

describe('csv', () => {
  it.each([
    [null, ''],
    [7, '7'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [-3, '-3'],
    // Issue #14: a leading blank and the fullwidth forms.
    [' =1+1', "' =1+1"],
    ['  @SUM(A1)', "'  @SUM(A1)"],
    ['\u00a0-2+3', "'\u00a0-2+3"],
    ['\u3000=1', "'\u3000=1"],
    ['＝HYPERLINK("x")', `"'＝HYPERLINK(""x"")"`],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['\tplain', "'\tplain"],
    ['\r=1', `"'\r=1"`],
    ['\n=1', `"'\n=1"`],
    ['a =1', 'a =1'],
    ['café', 'café'],
    [new Date(Date.UTC(2026, 0, 2)), '2026-01-02T00:00:00.000Z'],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes a header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x' }, { a: 2 }])).toBe('a,b\r\n1,x\r\n2,\r\n');
  });
});
