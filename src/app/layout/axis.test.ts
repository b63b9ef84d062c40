import { describe, expect, it } from 'vitest';
import { axisModel } from './axis.ts';

const ms = (iso: string) => Date.parse(iso);

describe('axisModel', () => {
  it('labels days with their month as context, in English and Chinese', () => {
    const w = [ms('2021-12-25T12:00Z'), ms('2022-01-12')] as const;
    const en = axisModel(w, 1000, 'en');
    expect(en.ticks.map((t) => t.label)).toContain('10');
    expect(en.context.map((c) => c.label)).toEqual(['Dec 2021', 'Jan 2022']);
    expect(en.context[0]!.x).toBe(0);
    const zh = axisModel(w, 1000, 'zh');
    expect(zh.ticks.map((t) => t.label)).toContain('10日');
    expect(zh.context.map((c) => c.label)).toEqual(['2021年12月', '2022年1月']);
  });

  it('leaves out the context under way at the left when the next one is too close', () => {
    const a = axisModel([ms('2021-12-31T12:00Z'), ms('2022-01-12')], 1000, 'en');
    expect(a.context.map((c) => c.label)).toEqual(['Jan 2022']);
  });

  it('labels hours with the day as context', () => {
    const a = axisModel([ms('2022-01-10T00:00Z'), ms('2022-01-10T12:00Z')], 1000, 'en');
    expect(a.ticks[1]!.label).toMatch(/^\d\d:00$/);
    expect(a.context.map((c) => c.label)).toEqual(['10 Jan 2022']);
  });

  it('labels years alone over a decade', () => {
    const a = axisModel([ms('2012-06-01'), ms('2022-06-01')], 1000, 'en');
    expect(a.ticks.map((t) => t.label)).toContain('2013');
    expect(a.context).toEqual([]);
  });

  it('places ticks by the scale', () => {
    const a = axisModel([ms('2022-01-01'), ms('2022-01-11')], 1000, 'en');
    const jan5 = a.ticks.find((t) => t.t === ms('2022-01-05'));
    expect(jan5?.x).toBeCloseTo(400);
  });

  it('draws nothing without room', () => {
    expect(axisModel([0, 1], 0, 'en')).toEqual({ ticks: [], context: [] });
  });
});
