/**
 * Dates that are yardsticks, not when anything in the sentence happened: a
 * comparison (比去年同期, "than a year earlier"), a record counted from a day
 * (是2018年…以来首次, "the worst since 1999"), a since-clause told in the past.
 */
import type { DateMention } from '../types.ts';

const BARE_COMPARED = /^(?:比|较|較)\s*$/;
const COMPARATIVE_AFTER = /^[^，,。；;：:]*?(?:高|低|多|少|增|减|減|升|降|涨|漲|跌|更|大|小|快|慢|好|差|强|強|弱|提高|下滑|扩大|擴大|缩小|縮小|翻)/;
const COMPARED_WITH = /(?:低于|高于|低於|高於|不及|超过|超過|比|较|較|than)\s*$/;
// 是2018年超强台风山竹以来首次, 创2020年7月以来最大单日涨幅: the date is what a record is counted from.
// Not 自本月起爆发建国以来最严重的…: that 以来 counts from something else.
const RECORD_SINCE = /^[^，,。；;：:从從自起]{0,18}?以[来來](?:首次|首度|首位|首个|首個|首名|第一次|第一位|最|新高|新低)/;
// 继1892年当选的克利夫兰之后，美国史上第二位…, 2010年8月…空难之后…首次, 繼前年8月、去年4月之後，第3度…: the count of a
// record, after the date.
const RECORD_AFTER = /^[^。；;：:]{0,20}?[之][后後][，,]?[^。；;：:]{0,24}?(?:首次|首度|第一次|第[二三四五六七八九十两兩0-9０-９]{1,2}(?:次|度|位|个|個|名|轮|輪))/;

// "the gravest challenge to Putin since he came to power in 1999", "the highest since October": the same in English.
// Looked for only where "since" stands just before the date: isYardstick runs for every dated segment.
const EN_RECORD = /\b(?:[a-z]+est|most\s+[a-z]+|worst|best|first|least)\b[^,;.!?]{0,60}$/i;
const EN_SINCE_TO_DATE = /^since\b[^,;.!?]{0,40}$/;

function englishRecordSince(text: string, date: DateMention): boolean {
  const since = text.lastIndexOf('since', date.start);
  if (since < 1 || date.start - since > 48 || !EN_SINCE_TO_DATE.test(text.slice(since, date.start))) return false;
  return EN_RECORD.test(text.slice(Math.max(0, since - 70), since));
}

/**
 * "…the motions it had filed since he took office in May 2022": a since-clause
 * with a subject and a verb tells when a span began. Where its date stands,
 * the index of its "since"; -1 when the date is in no such clause. ("Since
 * 2009", "since July 26": the span itself, with no verb.)
 */
export function sinceClauseStart(text: string, date: DateMention): number {
  const since = text.lastIndexOf(' since ', date.start);
  if (since < 0 || date.start - since > 90) return -1;
  return SINCE_CLAUSE.test(text.slice(since, date.start)) ? since + 1 : -1;
}

const SINCE_CLAUSE =
  /^ since\s+(?:he|she|they|it|we|I|the|a|an|his|her|their|its|[A-Z][\w'’-]*)\s+[^,;:!?]*?\b(?:was|were|had|did|(?!united\b)[a-z]+ed|took|came|became|began|won|left|fled|rose|fell|held|made|got|went|broke|beat|ran|swept|struck)\b[^,;:!?]*$/;

// 打破1999年8月23日錄得的5小時47分鐘紀錄, 刷新了2019年创下的纪录: the day of the record being broken.
const RECORD_BROKEN_BEFORE = /(?:打破|刷新|超越|超过|超過|改写|改寫)(?:了)?\s*$/;
const RECORD_NOUN_AFTER = /^[^，,。；;：:]{0,24}?(?:纪录|紀錄|记录|記錄)/;

function brokenRecord(text: string, date: DateMention): boolean {
  return date.start >= 2 && RECORD_BROKEN_BEFORE.test(text.slice(Math.max(0, date.start - 4), date.start)) && RECORD_NOUN_AFTER.test(text.slice(date.end, date.end + 30));
}

// 已是2020年至去年底首四波疫情合共213宗死亡個案的4倍多, 相当于去年全年的一半: the date names what is measured
// against, after 是/為/相當於 and closed by …的N倍 (or 一半, N成) in its clause.
const MULTIPLE_BEFORE = /(?:是|為|为|相當於|相当于|等於|等于)\s*$/;
const MULTIPLE_AFTER = /^[^，,。；;：:]{0,40}?的(?:[0-9.一二三四五六七八九十两兩百]+倍|一半|[0-9一二三四五六七八九]成)/;

function multipleOf(text: string, date: DateMention): boolean {
  return date.start >= 1 && MULTIPLE_BEFORE.test(text.slice(Math.max(0, date.start - 3), date.start)) && MULTIPLE_AFTER.test(text.slice(date.end, date.end + 48));
}

export function isYardstick(text: string, date: DateMention): boolean {
  if ((text.includes('倍') || text.includes('一半') || text.includes('成')) && multipleOf(text, date)) return true;
  if ((text.includes('纪录') || text.includes('紀錄') || text.includes('记录') || text.includes('記錄')) && brokenRecord(text, date)) return true;
  const compared = COMPARED_WITH.exec(text.slice(Math.max(0, date.start - 4), date.start));
  // 比去年同期增长, but not 柯比10日说 (a name ending in 比): a bare 比 or 较 compares only when a comparative follows.
  if (compared && (!BARE_COMPARED.test(compared[0]) || COMPARATIVE_AFTER.test(text.slice(date.end, date.end + 24)))) return true;
  if (date.start > 6 && text.charCodeAt(date.start - 1) === 32 && englishRecordSince(text, date)) return true;
  const next = text.indexOf('以', date.end);
  if (next >= 0 && next - date.end <= 18 && RECORD_SINCE.test(text.slice(date.end, date.end + 24))) return true;
  const after = text.indexOf('之', date.end);
  return after >= 0 && after - date.end <= 20 && RECORD_AFTER.test(text.slice(date.end, date.end + 48));
}

/**
 * "…closer to default than at any time since 2011, when a similar fight prompted S&P to downgrade…": the
 * when-clause tells what happened at the day the span starts from. For an event reported in it, that day
 * alone (a year written out is stated), not the span up to now.
 */
export function sinceWhenStart(text: string, date: DateMention, triggerStart: number): DateMention | undefined {
  if (!date.value.end || triggerStart < date.end || !/^since\s/i.test(date.text)) return undefined;
  if (!/^,\s+when\s/.test(text.slice(date.end, date.end + 8))) return undefined;
  const text0 = date.text.replace(/^since\s+/i, '');
  const { end: _, ...start } = date.value;
  const stated = /^\d{4}$/.test(text0);
  return { ...date, text: text0, start: date.start + date.text.length - text0.length, value: { ...start, ...(stated ? { timex: start.start } : {}) }, ...(stated ? { rule: 'stated' as const, anchor: undefined } : {}) };
}
