import { describe, expect, it } from 'vitest';
import { aheadCue } from './future.ts';
import { pointsAhead } from './index.ts';

describe('aheadCue: could, would, may, might', () => {
  // Whether the modal makes "Monday" a coming day: only in the writer's own voice, not after a verb of saying.
  const monday = (sentence: string): boolean => {
    const start = sentence.indexOf('Monday');
    return aheadCue(sentence, start, start + 'Monday'.length, false);
  };
  it.each([
    ['The talks could resume on Monday.', true],
    ['On Monday he may resign.', true],
    ['Sanctions might be announced on Monday, an official said.', true],
    ['Talks on Monday would decide it, he said.', true],
    ['Officials said they would meet on Monday.', false],
    ['Choe warned on Monday that Pyongyang would take action.', false],
    ['Rebels vowed they would march on Monday.', false],
    ['The missile could have fallen on Monday.', false],
    ['He resigned on Monday, in May.', false],
  ])('%s → %s', (sentence, ahead) => {
    expect(monday(sentence)).toBe(ahead);
  });
});

describe('pointsAhead', () => {
  it.each([
    '会议将于15日举行。',
    '哈萨克斯坦将会提供证据。',
    '总统即将访问北京。',
    '政府计划下月改革。',
    // 计划 governing what follows: "plans to"
    '他计划于15日访华。',
    '日本计划在本周开始排放。',
    '他计划访问北京。',
    '政府原計劃在下週四完成。',
    '预计明年完工。',
    '双方下周举行会谈。',
    '总统明天讲话。',
    '紧急状态持续，直至1月19日。',
    '届时双方将签署协议。',
    '會議將於15日舉行。',
    '她将被羁押。',
    '他將被引渡回國。',
    'He will visit Beijing.',
    'Talks are expected to resume.',
    'The talks resume next week.',
    'The curfew holds until Wednesday.',
  ])('%s points ahead', (sentence) => {
    expect(pointsAhead(sentence)).toBe(true);
  });

  it.each([
    '总统正式将骚乱定性为一场政变。',
    '王毅10日表示，愿加强合作。',
    '该计划于2013年提出。',
    // 计划 the noun: before 的, 、 or a clause end, after 按照, or heading a compound
    '格罗西7月4日在东京向岸田提交了对排放计划的综合评估报告。',
    '日本的排放计划在科学上没有问题。',
    '政府公布了行动计划。',
    '第一个五年计划于1953年开始。',
    '按照计划，更大规模的罢工于10日开始。',
    '世界粮食计划署10日发出呼吁。',
    '投資計劃在3月公布。',
    '将军10日抵达。',
    '将近10000人被捕。',
    '法院将被告人押送回国。',
    '他说明天气情况。',
    'He visited Beijing on Monday.',
    'Prices rose last month.',
  ])('%s does not', (sentence) => {
    expect(pointsAhead(sentence)).toBe(false);
  });
});

describe('aheadCue: "is to" + a verb (a plan)', () => {
  const monday = (sentence: string): boolean => {
    const start = sentence.indexOf('Monday');
    return aheadCue(sentence, start, start + 'Monday'.length, false);
  };
  it.each([
    ['He flew to San Diego, where he is to meet later Monday with Albanese.', true],
    ['The leaders are to sign the deal on Monday.', true],
    ['He was to meet Albanese on Monday.', false],
    ['The aim is to the point on Monday.', false],
  ])('%s → %s', (sentence, ahead) => {
    expect(monday(sentence)).toBe(ahead);
  });
});
