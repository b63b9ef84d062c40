import { describe, expect, it } from 'vitest';
import { datelineLength, mayOpenZhDateline, ZH_DATELINE } from './dateline.ts';

describe('datelineLength', () => {
  it.each([
    ['新华社努尔苏丹1月11日电（记者张三）哈萨克斯坦总统托卡耶夫11日表示', '新华社努尔苏丹1月11日电（记者张三）'],
    ['中央社台北5月3日电 总统府今天表示', '中央社台北5月3日电'],
    ['（中央社記者林宜萱、張家豪台北5日電）美國聯邦眾議院議長裴洛西', '（中央社記者林宜萱、張家豪台北5日電）'],
    ['（中央社台北28日綜合外電報導）中國官方媒體新華社昨天上午發布訃告說', '（中央社台北28日綜合外電報導）'],
    ['（中央社華盛頓3日綜合報導）美國國務院表示', '（中央社華盛頓3日綜合報導）'],
    ['（中央社記者張三東京5日專電）日本政府今天宣布', '（中央社記者張三東京5日專電）'],
    ['（中央社5日綜合外電報導）聯合國表示', '（中央社5日綜合外電報導）'],
    ['（新华社北京3月5日综合外电报道）联合国表示', '（新华社北京3月5日综合外电报道）'],
    ['（中新网3日报道）外交部表示', '（中新网3日报道）'],
    ['新华社东京1月11日专电 日本政府11日表示', '新华社东京1月11日专电'],
    // A report's source, no dateline: the date may be the event's.
    ['据路透社1月11日报道，哈萨克斯坦总统表示', ''],
    ['【明報專訊】反對修訂《逃犯條例》的示威者昨日清晨起包圍立法會', '【明報專訊】'],
    ['〔記者陳彥廷／台北報導〕第16任總統副總統選舉昨天投開票', '〔記者陳彥廷／台北報導〕'],
    ['【财新网】（记者 周思远 杨柳）中国人民银行今日宣布', '【财新网】（记者 周思远 杨柳）'],
    ['【财新网】中国人民银行今日宣布', '【财新网】'],
    ['（记者 周思远）中国人民银行今日宣布', '（记者 周思远）'],
    ['【新华社】（记者张三）今天表示', '【新华社】（记者张三）'],
    // A bracket that is not a dateline: a name's gloss.
    ['（记者站）今天表示', ''],
    ['NIAMEY, July 31 (Reuters) - West African leaders on Sunday gave', 'NIAMEY, July 31 (Reuters) - '],
    ['WASHINGTON, Jan. 10 (AP) — The United States said', 'WASHINGTON, Jan. 10 (AP) — '],
    ['ALMATY, Kazakhstan, Jan. 7 (RFA) - Troops fired', 'ALMATY, Kazakhstan, Jan. 7 (RFA) - '],
    ['DHAKA, Bangladesh (AP) — Bangladesh’s president dissolved Parliament', 'DHAKA, Bangladesh (AP) — '],
    ['SEOUL, Nov. 18 (Yonhap) -- North Korea fired', 'SEOUL, Nov. 18 (Yonhap) -- '],
    ['April 20 (Reuters) - Fighting between Sudan’s army', 'April 20 (Reuters) - '],
    ['Jan. 5 (Reuters) - Prices rose', 'Jan. 5 (Reuters) - '],
    // AFP's place in title case, with a wire's name in the brackets.
    ['Noumea (AFP) - France deployed troops', 'Noumea (AFP) - '],
    ['Port-au-Prince, Haiti (AFP) — Gangs attacked', 'Port-au-Prince, Haiti (AFP) — '],
    // Not datelines: a sentence that only starts with a place or a date.
    ['April 20 (local time) - the talks ended', ''],
    ['April 2019 - The army ousts Omar al-Bashir', ''],
    ['NATO said on July 31 (local time) that', ''],
    ['Niamey, the capital, was calm on Sunday.', ''],
    ['NATO (the alliance) - said nothing.', ''],
    ['Macron (left) - and his minister', ''],
    ['1月11日，托卡耶夫表示', ''],
  ])('%s', (sentence, dateline) => expect(sentence.slice(0, datelineLength(sentence))).toBe(dateline));
});

describe('mayOpenZhDateline', () => {
  // Every dateline form the pattern reads passes the gate; what it rejects the pattern cannot match.
  it.each([
    ['新华社努尔苏丹1月11日电（记者张三）哈萨克斯坦总统…', true],
    ['本报华盛顿3月2日專電 美国国务院…', true],
    ['新華社台北一月十一日電 …', true],
    ['（中央社記者林宜萱台北5日電）立法院…', true],
    ['(中央社記者林宜萱台北5日電)立法院…', true],
    ['【明報專訊】警方昨日…', true],
    ['〔記者陳彥廷／台北報導〕國防部…', true],
    ['（记者 周思远 杨柳）中国人民银行…', true],
    ['外交部发言人毛宁5日表示，…', false],
    ['据路透社11日报道，…', false],
    ['NIAMEY, July 31 (Reuters) - Niger…', false],
    ['', false],
  ])('%s: %s', (sentence, may) => {
    expect(mayOpenZhDateline(sentence)).toBe(may);
    if (!may) expect(ZH_DATELINE.exec(sentence)).toBeNull();
    else expect(ZH_DATELINE.exec(sentence)).not.toBeNull();
  });
});
