import { describe, expect, it } from 'vitest';
import { extractArticle } from './testArticle.ts';

/** The event whose quote holds `fragment`, and the English names of its subjects and of all its actors. */
function eventIn(paragraphs: string[], fragment: string, published: string) {
  const timeline = extractArticle(paragraphs, published);
  const event = timeline.events.find((e) => e.source.quote.includes(fragment));
  if (!event) throw new Error(`no event quotes ${fragment}`);
  const names = (ids: string[]) => ids.map((id) => timeline.actors.find((a) => a.id === id)!.name);
  return { subjects: names(event.subjects ?? []), actors: names(event.actors) };
}
const subjectsOf = (paragraphs: string[], fragment: string) => eventIn(paragraphs, fragment, '2022-08-05T06:30:00Z').subjects;
const actorsOf = (paragraphs: string[], fragment: string) => eventIn(paragraphs, fragment, '2024-08-06T11:00:00Z').actors;

describe('who did it: a pronoun stands for the person before', () => {
  it.each([
    // The pronoun opens the sentence; the clause with the visit opens with a verb (转往), so she is its subject.
    [['美国众议院议长佩洛西2日晚间抵达台北。她当晚搭机离台，转往韩国访问。'], '转往韩国访问', ['Pelosi']],
    // The clause names its own subject: the pronoun does not reach it.
    [['美国众议院议长佩洛西2日晚间抵达台北。她离台后，中国宣布对她实施制裁。'], '中国宣布', ['China']],
    // 他 is who did the last sentence's event, not the last person it named.
    [['习近平15日同俄罗斯总统普京、蒙古国总统呼日勒苏赫举行会晤。同日，他还会见了巴基斯坦总理夏巴兹·谢里夫。'], '他还会见了', ['Xi Jinping']],
  ])('%j: %s', (paragraphs, fragment, subjects) => expect(subjectsOf(paragraphs, fragment)).toEqual(subjects));
});

describe('who took part', () => {
  it('counts who attended and spoke at a meeting among its actors', () =>
    expect(actorsOf(['上海合作组织峰会16日在撒马尔罕举行，国家主席习近平出席并讲话。'], '撒马尔罕举行')).toContain('Xi Jinping'));
});

describe('who is in an event an unnamed speaker reports', () => {
  it("keeps the sentence's subject when the speaker is unnamed", () =>
    expect(actorsOf(['Sheikh Hasina, 76, won an election in 2018 and is expected to return to Dhaka on Thursday, a spokesperson said.'], 'return to Dhaka')).toEqual(['Sheikh Hasina']));
});
