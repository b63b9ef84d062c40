import { describe, expect, it } from 'vitest';
import { classifySentence as classify, triggerLabels as labels } from './testClassify.ts';
import { extractArticle } from './testArticle.ts';

describe('blockades, protesters hit, transport standing still, budget deals, currencies, speeches', () => {
  it.each([
    // Roads, ramps and piers blocked: a protest's blockade, the verb and what it blocked.
    ['In Brandenburg, farmers had blocked more than 100 autobahn on-ramps by Monday lunchtime, police said.', 'unrest', 'blocked more than 100 autobahn'],
    ['Tensions flared last Thursday evening, when farmers blocked a ferry pier at Schlüttsiel on the North Sea coast.', 'unrest', 'blocked a ferry pier'],
    ['Truckers blocked roads leading to the border crossing for a second day.', 'unrest', 'blocked roads'],
    // One protester hit: violence at a protest.
    ['A motorist who tried to get around a blockade by driving along a cycle path hit a protester, who was flown to hospital.', 'unrest', 'hit a protester'],
    // Trains standing still: a transport strike.
    ['Passenger trains are to stand still from 2 a.m. on Wednesday until 6 p.m. on Friday.', 'unrest', 'stand still'],
    // A government agreeing on cuts or a budget at home: budget news, no diplomacy.
    ['Scholz, Habeck and Lindner had agreed on the cuts in mid-December to close a gap in the 2024 budget.', 'economy', 'agreed on the cuts'],
    // A currency against the dollar: a market's news.
    ['土耳其里拉周一早盘兑美元一度跌至20.05的历史低点，今年以来已累计贬值约7%。', 'economy', '里拉'],
    // Arriving to give a speech: the speech is the event (发表…演说), the arrival where; a crowd addressed is no protest.
    ['他随后飞抵安卡拉，于当晚深夜在总统府外向聚集的数以万计的支持者发表“阳台演说”。', 'statement', '发表“阳台演说'],
  ])('%s → %s (%s)', (sentence, category, trigger) => {
    expect(classify(sentence)).toMatchObject({ category, trigger });
  });

  it.each([
    // A court blocking a plan blocks no road.
    ['The Constitutional Court in November blocked the government\'s plan to shift unused pandemic credit.', 'blockade'],
    // Fines threatened for anyone blocking roads, and arrests near a blockaded crossing: no blockade reported.
    ['Ford declared a provincewide emergency, threatening fines for anyone blocking roads, bridges and other infrastructure.', 'blockade'],
    ['Police said they had arrested 11 people near a blockaded border crossing at Coutts.', 'blockade'],
    // A private trip is no state visit.
    ['Habeck, who was returning from a private trip to the Hallig Hooge islet, could not come ashore.', 'visit'],
    // Standing still with no means of transport named.
    ['Time seemed to stand still in the village.', 'strike'],
    // Cuts agreed with no budget, subsidy, spending or tax: no budget news.
    ['The two countries agreed on emission cuts at the summit.', 'taxes and budget'],
    // A crowd of supporters addressed, no gathering to protest.
    ['他在总统府外向聚集的支持者发表讲话。', 'protests'],
  ])('%s has no %s', (sentence, label) => {
    expect(labels(sentence).some((l) => l.endsWith(`: ${label}`))).toBe(false);
  });

  it.each([
    // Police firing tear gas at gathered protesters: still a protest.
    ['警方向聚集的示威者发射催泪弹。', 'protests'],
    // A visit that is no private trip stays one.
    ['The minister paid a visit to the islet on Thursday.', 'visit'],
  ])('%s keeps its %s', (sentence, label) => {
    expect(labels(sentence).some((l) => l.endsWith(`: ${label}`))).toBe(true);
  });
});

describe('a schedule of years said before ", X said" does not date the saying', () => {
  const before = 'The government had already partly backed down on Thursday, saying the rebate would be phased out over three years.';
  it.each([
    // Years ahead in the content: the saying carries Thursday.
    ['The rebate is to be cut by 40% this year, followed by further cuts of 30% in both 2025 and 2026, government spokesman Steffen Hebestreit said.', '2024-01-04', 'carried'],
    ['The levy will rise again in 2026, a ministry spokeswoman said.', '2024-01-04', 'carried'],
  ])('%s → %s (%s)', (sentence, start, rule) => {
    const t = extractArticle([`${before} ${sentence}`], '2024-01-08T12:00:00Z');
    const e = t.events.find((x) => x.source.quote === sentence)!;
    expect(e.date?.start).toBe(start);
    expect(e.dateEvidence.rule).toBe(rule);
  });

  it('a day ahead before ", X said" still dates the deed', () => {
    const sentence = 'Biden is expected to sign the measure before Monday’s deadline, officials said.';
    const t = extractArticle([sentence], '2023-06-01T12:00:00Z');
    expect(t.events[0]?.date).toMatchObject({ start: '2023-06-05', future: true });
  });
});
