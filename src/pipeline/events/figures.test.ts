import { describe, expect, it } from 'vitest';
import { describeFigure, findFigures } from './figures.ts';

const summary = (text: string) => findFigures(text).map(describeFigure);

describe('findFigures', () => {
  it.each([
    ['造成了至少164人丧生，近10000人被捕。', ['at least 164 dead', 'nearly 10,000 arrested']],
    ['哈萨克斯坦持续动荡 4000余人被捕', ['over 4,000 arrested']],
    ['集安组织在哈维和人员现有二千三百人。', ['2,300 peacekeepers']],
    ['衝突造成3人死亡、至少10人受傷。', ['3 dead', 'at least 10 injured']],
    ['At least 164 people were killed and nearly 10,000 detained.', ['at least 164 dead', 'nearly 10,000 arrested']],
    ['some 2,300 peacekeepers arrived', ['about 2,300 peacekeepers']],
    ['这是第二次会议，有100人出席。', []],
    ['2022 年 1 月 9 日', []],
  ])('%s', (text, expected) => expect(summary(text)).toEqual(expected));

  it('keeps the figure as written and its offsets', () => {
    const text = '造成了至少164人丧生';
    const [figure] = findFigures(text);
    expect(figure?.text).toBe('至少164人');
    expect(text.slice(figure!.start, figure!.end)).toBe(figure!.text);
  });
});
