import { describe, expect, it } from 'vitest';
import { describedBound } from '../../src/rules/pagination-list-operations.js';
import { normaliseName, parseHeaderDate } from '../../src/model/http.js';

describe('parseHeaderDate', () => {
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', '1994-11-06'],
    ['Sunday, 06-Nov-94 08:49:37 GMT', '1994-11-06'],
    ['Sun Nov  6 08:49:37 1994', '1994-11-06'],
    ['2026-12-31', '2026-12-31'],
    ['2026-12-31T23:59:59Z', '2026-12-31'],
    ['@1688169599', '2023-06-30'],
    ['31 Dec 2026', '2026-12-31'],
  ])('%s -> %s', (text, date) => expect(parseHeaderDate(text)).toBe(date));

  it.each(['Sun, 31 Feb 2026 00:00:00 GMT', '2026-02-30', 'soon', '<sunset date>', '', '@', 'Thu, 31 Dek 2026 23:59:59 GMT'])('%s is not a date', (text) => {
    expect(parseHeaderDate(text)).toBeUndefined();
  });
});

describe('names and bounds', () => {
  it('normalises case and separators', () => {
    expect(['per_page', 'perPage', 'per-page', 'PER_PAGE'].map(normaliseName)).toEqual(['perpage', 'perpage', 'perpage', 'perpage']);
    expect(normaliseName('$top')).toBe('top');
  });

  it('reads page-size bounds written in prose', () => {
    expect(describedBound('Results per page (max 100)')).toBe('max 100');
    expect(describedBound('Limit can range between 1 and 100, and the default is 10.')).toBe('range between 1 and 100');
    expect(describedBound('How many orders to return.')).toBeUndefined();
  });
});
