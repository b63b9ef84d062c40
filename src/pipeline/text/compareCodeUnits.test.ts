import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from './compareCodeUnits.ts';

describe('compareCodeUnits', () => {
  it('orders as the code units do, whatever the locale would say', () => {
    // A locale collation puts "b.html" before "C.html" and ignores case first; code units do not.
    expect(['b.html', 'C.html', 'a-2.html', 'a.html', '乙.html', 'Z.html'].sort(compareCodeUnits)).toEqual([
      'C.html',
      'Z.html',
      'a-2.html',
      'a.html',
      'b.html',
      '乙.html',
    ]);
  });
  it('puts a date before the longer date it begins', () => {
    expect(['2022-01-10', '2022-01', '2021-12-31', '2022'].sort(compareCodeUnits)).toEqual(['2021-12-31', '2022', '2022-01', '2022-01-10']);
  });
});
