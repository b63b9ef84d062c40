/**
 * The seed article must yield the events the foundation issue lists. Every
 * expectation below was checked by reading the article: the sentence, its date
 * expression and the publication date (11 Jan 2022, 21:09 UTC).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Timeline, TimelineEvent } from '../src/lib/schema.ts';
import { extractCorpus } from '../src/pipeline/extract.ts';

const SEED = '000_b1eebe35896f2b82.txt';
let timeline: Timeline;

beforeAll(() => {
  timeline = extractCorpus([{ name: SEED, bytes: readFileSync(`seeds/${SEED}`) }]);
});

function actorNames(event: TimelineEvent): string[] {
  return event.actors.flatMap((id) => {
    const actor = timeline.actors.find((a) => a.id === id);
    return actor ? [actor.name, actor.names.en] : [];
  });
}

function eventQuoting(fragment: string, start?: string): TimelineEvent {
  const found = timeline.events.filter((e) => e.source.quote.includes(fragment) && (!start || e.date?.start === start));
  expect(found, `an event quoting “${fragment}”${start ? ` on ${start}` : ''}`).toHaveLength(1);
  return found[0]!;
}

interface Row {
  what: string;
  quote: string;
  start: string;
  end?: string;
  precision: 'day' | 'month' | 'year';
  category: TimelineEvent['category'];
  rule: TimelineEvent['dateEvidence']['rule'];
  actors: string[];
}

const rows: Row[] = [
  { what: 'unrest since New Year: at least 164 dead, nearly 10,000 arrested', quote: '自新年起爆发', start: '2022-01-01', end: '2022-01-10', precision: 'day', category: 'unrest', rule: 'publication', actors: ['Kazakhstan'] },
  { what: 'related: troops fire on protesters; Xi praises the measures', quote: '哈萨克斯坦开枪镇压民众', start: '2022-01-07', precision: 'day', category: 'unrest', rule: 'url', actors: ['Kazakhstan', 'Xi Jinping'] },
  { what: 'related: unrest goes on, 4,000+ arrested', quote: '4000余人被捕', start: '2022-01-08', precision: 'day', category: 'unrest', rule: 'url', actors: ['Kazakhstan'] },
  { what: 'related: Chinese shops looted', quote: '中国店铺遭抢劫', start: '2022-01-09', precision: 'day', category: 'unrest', rule: 'url', actors: ['Kazakhstan'] },
  { what: 'photo: electronics store in Almaty looted', quote: '被洗劫一空的电子产品商店', start: '2022-01-09', precision: 'day', category: 'unrest', rule: 'stated', actors: ['Kazakhstan'] },
  { what: 'national day of mourning', quote: '10日为全国哀悼日', start: '2022-01-10', precision: 'day', category: 'other', rule: 'publication', actors: ['Kazakhstan'] },
  { what: 'Tokayev at the CSTO online meeting: coup attempt foiled', quote: '挫败了一起未遂政变', start: '2022-01-10', precision: 'day', category: 'statement', rule: 'publication', actors: ['Tokayev', 'CSTO'] },
  { what: 'Tokayev: 2,300 CSTO peacekeepers in Kazakhstan', quote: '二千三百人', start: '2022-01-10', precision: 'day', category: 'military', rule: 'carried', actors: ['Tokayev', 'CSTO'] },
  { what: 'Putin: CSTO troops stay only a limited time', quote: '有限的', start: '2022-01-10', precision: 'day', category: 'military', rule: 'carried', actors: ['Putin', 'CSTO'] },
  { what: 'Wang Yi – Lavrov phone call', quote: '拉夫罗夫（Sergey Lavrov）通电话', start: '2022-01-10', precision: 'day', category: 'diplomacy', rule: 'publication', actors: ['Wang Yi', 'Lavrov'] },
  { what: 'Wang Yi – Tileuberdi phone call', quote: '特列乌别尔季通电话', start: '2022-01-10', precision: 'day', category: 'diplomacy', rule: 'publication', actors: ['Wang Yi', 'Tileuberdi'] },
  { what: "MFA spokesman Wang Wenbin's statement", quote: '汪文斌10日说明', start: '2022-01-10', precision: 'day', category: 'statement', rule: 'publication', actors: ['Wang Wenbin'] },
  { what: 'Price: CSTO forces should leave when asked', quote: '普莱斯11日表示', start: '2022-01-11', precision: 'day', category: 'statement', rule: 'publication', actors: ['Price', 'CSTO'] },
  { what: 'Tokayev in parliament: customs on the China border', quote: '托卡耶夫11日在议会', start: '2022-01-11', precision: 'day', category: 'economy', rule: 'publication', actors: ['Tokayev'] },
  { what: 'Afghanistan falls to the Taliban', quote: '阿富汗落入塔利班手中', start: '2021-08', precision: 'month', category: 'military', rule: 'publication', actors: ['Afghanistan', 'Taliban'] },
  { what: 'Xi first proposes the Belt and Road in Kazakhstan', quote: '首次提出“一带一路”倡议', start: '2013', precision: 'year', category: 'diplomacy', rule: 'stated', actors: ['Xi Jinping'] },
];

describe('the seed article', () => {
  it.each(rows)('$what', (row) => {
    const event = eventQuoting(row.quote, row.start);
    expect(event.date).toMatchObject({ start: row.start, precision: row.precision });
    expect(event.date?.end).toBe(row.end);
    expect(event.category).toBe(row.category);
    expect(event.dateEvidence.rule).toBe(row.rule);
    const names = actorNames(event).join(' | ');
    for (const actor of row.actors) expect(names).toContain(actor);
  });

  it('labels the calls in English from the actors', () => {
    expect(eventQuoting('拉夫罗夫（Sergey Lavrov）通电话').titleEn).toMatch(/^Wang Yi – Lavrov phone call$/);
    expect(eventQuoting('特列乌别尔季通电话').titleEn).toMatch(/Wang Yi – .*Tileuberdi phone call$/);
  });

  it("tells one speaker's remarks apart by whom they name, never the speaker's own side", () => {
    // 普莱斯说，美国正向哈萨克斯坦政府提出这些问题: the US is his own country; Kazakhstan is what it is about.
    expect(eventQuoting('美国正向哈萨克斯坦政府提出这些问题').titleEn).toBe('Ned Price statement on Kazakhstan');
    // 王毅表示，中俄作为联合国安理会常任理事国…: China is his own.
    expect(eventQuoting('中俄作为联合国安理会常任理事国').titleEn).toBe('Wang Yi statement on Russia and UN Security Council');
    const price = timeline.events.filter((e) => e.date?.start === '2022-01-11' && e.titleEn.startsWith('Ned Price statement'));
    // ¶6 reports his first remark and ¶7 quotes it (see the next test): three remarks, three events.
    expect(price).toHaveLength(3);
    expect(new Set(price.map((e) => e.titleEn)).size).toBeGreaterThan(1);
  });

  it('shows a remark once when the article reports it and then quotes it', () => {
    // ¶6: 普莱斯11日表示，美国希望集安组织力量在哈萨克斯坦政府要求时应离开该国。
    // ¶7: 普莱斯在新闻发布会上说：“在政府要求时，集安组织力量应离开哈萨克斯坦。”
    const report = eventQuoting('美国希望集安组织力量在哈萨克斯坦政府要求时应离开该国', '2022-01-11');
    expect(report.otherSources?.map((o) => o.source.quote)).toEqual(['普莱斯在新闻发布会上说：“在政府要求时，集安组织力量应离开哈萨克斯坦。”']);
    expect(report.aliases).toEqual([report.otherSources![0]!.eventId]);
    expect(timeline.events.filter((e) => e.source.quote.includes('在政府要求时，集安组织力量应离开'))).toHaveLength(0);
  });

  it('counts the dead and the arrested as written', () => {
    const figures = eventQuoting('自新年起爆发', '2022-01-01').figures ?? [];
    expect(figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 164, what: 'dead', approx: 'at-least' }),
        expect.objectContaining({ value: 10000, what: 'arrested', approx: 'nearly' }),
      ]),
    );
    expect(eventQuoting('二千三百人').figures).toEqual([expect.objectContaining({ value: 2300, what: 'peacekeepers' })]);
  });

  it('says where each date came from', () => {
    expect(eventQuoting('10日为全国哀悼日', '2022-01-10').dateEvidence).toMatchObject({ text: '10日', rule: 'publication' });
    expect(eventQuoting('阿富汗落入塔利班手中', '2021-08').dateEvidence.text).toBe('去年8月');
    const carried = eventQuoting('二千三百人').dateEvidence;
    expect(carried.text).toBeNull();
    expect(carried.from).toContain('托卡耶夫');
    expect(eventQuoting('4000余人被捕').dateEvidence.text).toBe('01082022170344');
  });

  it("does not lend Wang Yi's day to the other side the lede sets against him", () => {
    // ¶0: 中国外交部长王毅10日表示…。美国则担忧，俄罗斯维和部队不会离开哈萨克斯坦。
    // The US worry is Ned Price's remark of the 11th (¶6); the sentence itself gives no day.
    const worry = eventQuoting('美国则担忧');
    expect(worry.date).toBeNull();
    expect(worry.dateEvidence.rule).toBe('undated');
  });

  it('dates nothing after publication', () => {
    for (const e of timeline.events) if (e.date && !e.date.future) expect((e.date.end ?? e.date.start) <= '2022-01-11').toBe(true);
  });

  it('leaves the opening sentence, which gives no date, undated', () => {
    const first = timeline.events.filter((e) => e.source.quote.startsWith('哈萨克斯坦局势在俄国进行军事干预后'));
    for (const e of first) expect(e.date).toBeNull();
  });

  it('knows every actor in English and both Chinese scripts', () => {
    for (const a of timeline.actors) {
      expect(a.name).toMatch(/^[\p{Script=Latin}\d][\p{Script=Latin}\d .'’()–-]*$/u);
      expect(a.names['zh-Hans']).not.toBe('');
      expect(a.names['zh-Hant']).not.toBe('');
    }
    const tokayev = timeline.actors.find((a) => a.name.includes('Tokayev'));
    expect(tokayev?.aliases).toEqual(expect.arrayContaining(['Kassym-Schomart Tokajew']));
  });
});
