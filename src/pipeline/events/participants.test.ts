import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../extract.ts';

/** The English names of the subjects of the event whose quote holds `fragment`, in an article of these paragraphs. */
function subjectsOf(paragraphs: string[], fragment: string): string[] {
  const seed = ['<!--1659681000000-->', '[Test](https://example.org/a.html)', '------', paragraphs.map((p) => `<p>${p}</p>`).join('')].join('\n');
  const timeline = extractCorpus([{ name: 'a.txt', bytes: Buffer.from(seed) }]);
  const event = timeline.events.find((e) => e.source.quote.includes(fragment));
  if (!event) throw new Error(`no event quotes ${fragment}`);
  return (event.subjects ?? []).map((id) => timeline.actors.find((a) => a.id === id)!.name);
}

/** The English names of all actors of that event. */
function actorsOf(paragraphs: string[], fragment: string): string[] {
  const seed = ['<!--1722942000000-->', '[Test](https://example.org/a.html)', '------', paragraphs.map((p) => `<p>${p}</p>`).join('')].join('\n');
  const timeline = extractCorpus([{ name: 'a.txt', bytes: Buffer.from(seed) }]);
  const event = timeline.events.find((e) => e.source.quote.includes(fragment))!;
  return event.actors.map((id) => timeline.actors.find((a) => a.id === id)!.name);
}

describe('who is in an event an unnamed speaker reports', () => {
  it('keeps the sentence\'s subject when the speaker is unnamed', () =>
    expect(actorsOf(['Sheikh Hasina, 76, won an election in 2018 and is expected to return to Dhaka on Thursday, a spokesperson said.'], 'return to Dhaka')).toEqual(['Sheikh Hasina']));
});

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
