/** What a notice said, and plans announced with no day of their own (dates checked by hand against a calendar). */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './testArticle.ts';

function eventOf(paragraphs: string[], fragment: string, published: string) {
  const event = extractArticle(paragraphs, published).events.find((e) => e.source.quote.includes(fragment));
  if (!event) throw new Error(`no event quotes ${fragment}`);
  return { date: event.date?.start ?? null, future: event.date?.future === true, rule: event.dateEvidence.rule };
}

// Monday 2023-08-14: 周六（12日） is Saturday the 12th.
const MON = '2023-08-14T04:00:00Z';

describe('a day a measure takes effect from (自…起), in what a notice said, does not date the notice', () => {
  it.each<[string, string, string | null, string]>([
    ['停牌公告由公司于周六（12日）晚间发布。公告称，因近期拟召开债券持有人会议，经公司申请，相关债券自14日开市起停牌。', '相关债券自14日开市起停牌', '2023-08-12', 'carried'],
    ['交易所周六（12日）发布通知。通知称，相关股票自15日起暂停交易。', '暂停交易', '2023-08-12', 'carried'],
    // The saying has a day of its own (中国人民银行今日宣布，自…起下调…): the rule has nothing to do.
    ['中国人民银行今日宣布，自2023年8月15日起下调金融机构存款准备金率0.5个百分点。', '下调金融机构存款准备金率', '2023-08-14', 'publication'],
    // No saying: the measure is told by the writer, and its day dates it.
    ['公司周六（12日）发布公告。相关债券自14日开市起停牌。', '相关债券自14日开市起停牌', '2023-08-14', 'publication'],
  ])('%s → %s %s', (paragraph, fragment, date, rule) => {
    expect(eventOf([paragraph], fragment, MON)).toMatchObject({ date, rule });
  });
});

describe('a saying with no day, nothing carried, announcing a plan for a day ahead, is dated by that day', () => {
  it('dates the organisers’ call for Friday (Wednesday 2024-05-29, Taipei clock)', () => {
    const e = eventOf(
      ['青鳥行動主辦單位也宣布，本週五（31日）卓榮泰赴立法院施政報告時，將號召民眾再度到立法院外集結。'],
      '本週五（31日）',
      '2024-05-29T05:30:00Z',
    );
    expect(e).toMatchObject({ date: '2024-05-31', future: true, rule: 'publication' });
  });
});
