import { describe, expect, it } from 'vitest';
import { extractArticle } from './testArticle.ts';

/** The date of the event whose quote holds `fragment`, in a one-paragraph article published at `published`. */
function dateOf(paragraph: string, fragment: string, published = '2019-06-13T04:00:00Z'): string | null {
  const event = extractArticle([paragraph], published).events.find((e) => e.source.quote.includes(fragment));
  if (!event) throw new Error(`no event quotes ${fragment}`);
  return event.date?.start ?? null;
}

describe('the date a later sentence counts from', () => {
  it.each([
    // 翌日 follows the statement's evening, not the day the statement spoke of.
    ['政府6月9日晚发表声明，表示草案会如期于6月12日恢复二读。翌日，数百名示威者与警方爆发冲突。', '翌日', '2019-06-10'],
    // With no date before the verb of saying, what was said still dates the paragraph.
    ['政府表示，草案已于6月11日恢复二读。当天，数百名示威者包围立法会。', '当天', '2019-06-11'],
  ])('%s → %s', (paragraph, fragment, date) => expect(dateOf(paragraph, fragment)).toBe(date));

  it.each([
    // A date in what was said (past the verb and a comma) does not date the saying: it carries the paragraph's day.
    ['习近平14日同托卡耶夫举行会谈。习近平指出，今年是中哈建交30周年。', '今年是', '2022-09-14'],
    // Said on a day: that day.
    ['习近平14日同托卡耶夫举行会谈。习近平15日指出，今年是中哈建交30周年。', '今年是', '2022-09-15'],
    ['Tokayev met Xi on Wednesday. Tokayev said Thursday that this year marks 30 years of ties.', 'said Thursday', '2022-09-15'],
    // A date something is compared with is no date of it.
    ['大选9月14日举行。选委会统计，本届选举投票率为71.86%，低于2020年的74.9%。', '投票率', '2022-09-14'],
  ])('%s: the saying is dated %s', (paragraph, fragment, date) => expect(dateOf(paragraph, fragment, '2022-09-16T13:30:00Z')).toBe(date));
});
