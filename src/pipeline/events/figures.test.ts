import { describe, expect, it } from 'vitest';
import { describeFigure, figuresAgree, findFigures } from './figures.ts';
import type { Figure } from '../../lib/schema.ts';

const summary = (text: string) => findFigures(text).map(describeFigure);

describe('findFigures', () => {
  it.each([
    ['造成了至少164人丧生，近10000人被捕。', ['at least 164 dead', 'nearly 10,000 arrested']],
    ['哈萨克斯坦持续动荡 4000余人被捕', ['over 4,000 arrested']],
    ['集安组织在哈维和人员现有二千三百人。', ['2,300 peacekeepers']],
    ['衝突造成3人死亡、至少10人受傷。', ['3 dead', 'at least 10 injured']],
    ['At least 164 people were killed and nearly 10,000 detained.', ['at least 164 dead', 'nearly 10,000 arrested']],
    ['some 2,300 peacekeepers arrived', ['about 2,300 peacekeepers']],
    // Orders of magnitude are not numbers: 数十人 is dozens, not 10.
    ['警方发射催泪瓦斯，至少数十人受伤送医。', ['dozens injured']],
    ['冲突造成几百人被捕', ['hundreds arrested']],
    ['数千名示威者冲破路障', ['thousands of protesters']],
    ['数十万人被拘留', ['hundreds of thousands arrested']],
    ['上千人被捕', ['at least 1,000 arrested']],
    ['十几人受伤，二十几人被捕', ['over 10 injured', 'over 20 arrested']],
    ['Dozens of people were injured and hundreds were arrested.', ['dozens injured', 'hundreds arrested']],
    ['tens of thousands of protesters marched; thousands of troops arrived', ['tens of thousands of protesters', 'thousands of troops']],
    // Who was counted can stand between the count and what happened to them.
    ['政变以来已有数十名民盟官员、民运人士和作家被捕', ['dozens arrested']],
    ['the United States has more than 1,000 U.S. troops there', ['over 1,000 troops']],
    ['300 French soldiers left', ['300 troops']],
    ['有100人出席会议，会后3名代表离开。', []],
    ['这是第二次会议，有100人出席。', []],
    ['数十年来首次，人数不详', []],
    ['2022 年 1 月 9 日', []],
  ])('%s', (text, expected) => expect(summary(text)).toEqual(expected));

  it('keeps the figure as written and its offsets', () => {
    const text = '造成了至少164人丧生';
    const [figure] = findFigures(text);
    expect(figure?.text).toBe('至少164人');
    expect(text.slice(figure!.start, figure!.end)).toBe(figure!.text);
  });
});

describe('figuresAgree', () => {
  const fig = (value: number, approx: Figure['approx'] = 'exact'): Figure => ({ value, text: '', what: 'injured', approx });
  it.each([
    [fig(37), fig(37), true],
    [fig(30), fig(37), false],
    [fig(10, 'several'), fig(37), true],
    [fig(37), fig(10, 'several'), true],
    [fig(10, 'several'), fig(120), false],
    [fig(100, 'several'), fig(100, 'several'), true],
    [fig(10, 'several'), fig(100, 'several'), false],
    [fig(10, 'several'), fig(10), true],
  ] as const)('%o and %o: %s', (a, b, agree) => expect(figuresAgree(a, b)).toBe(agree));
});
