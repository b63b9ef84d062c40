/**
 * What a paragraph teaches about names, as pure functions over folded text:
 * Latin originals in brackets after a Chinese name (托卡耶夫（Kassym-Schomart
 * Tokajew）), and unknown names written right after a title (经济学者马尔科夫).
 */
import { isHan } from '../text/fold.ts';
import { compoundSurnames, singleSurnames, verbLengths, verbs } from './gazetteer.ts';
import { isChineseName, isMarriedSurname, isTransliterationChar, surnameLength } from './names.ts';
import { charAt } from '../text/at.ts';

export interface BracketPair {
  /** The run of Han characters before the bracket, in folded offsets. */
  hanStart: number;
  hanEnd: number;
  /** The Latin forms inside, as written (split on commas). */
  latin: string[];
}

const LATIN_NAME = /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s.'’\-]*$/u;

/** `汉字（Latin）` or `汉字(Latin)`: the folded text has ASCII brackets for both. */
export function bracketPairs(text: string, folded: string): BracketPair[] {
  const pairs: BracketPair[] = [];
  // Found from each bracket backwards: a regex over Han runs retries every start inside a run.
  for (let open = folded.indexOf('('); open >= 0; open = folded.indexOf('(', open + 1)) {
    const close = folded.indexOf(')', open);
    if (close < 0 || close - open > 81) continue;
    let hanEnd = open;
    while (hanEnd > 0 && /\s/.test(folded.charAt(hanEnd - 1))) hanEnd--;
    let hanStart = hanEnd;
    // 冈萨雷斯-奥拉埃切亚（Javier González-Olaechea）: a hyphen between Han characters joins a double surname.
    while (hanStart > 0 && (isHan(folded.charCodeAt(hanStart - 1)) || folded.charAt(hanStart - 1) === '·' || (isHyphen(folded.charCodeAt(hanStart - 1)) && hanStart >= 2 && isHan(folded.charCodeAt(hanStart - 2)) && isHan(folded.charCodeAt(hanStart))))) hanStart--;
    if (hanStart === hanEnd) continue;
    const latin = text
      .slice(open + 1, close)
      .split(/[,，;；/]/)
      .map((s) => s.trim())
      .filter((s) => LATIN_NAME.test(s));
    if (latin.length) pairs.push({ hanStart, hanEnd, latin });
  }
  return pairs;
}

/** -, ‐, －: a hyphen inside a transliterated double name (冈萨雷斯-奥拉埃切亚). */
export const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0xff0d;

/** Characters that end a Chinese name: verbs and particles that follow names in news. */
const STOP = new Set(
  '说表指称在于和与对的今昨也则还就曾将已等向同是认并会访呼宣提及批要希发回答告致率抵了着过被把让给从自到为因所其此该这那他她它们不没很都又再更最近当透接出日月年时上午晚早参讲谈问见通亦仍即便却但而或介警坦'.split(
    '',
  ),
);

/** Endings that make a Han run a body rather than a person: 银行, 委员会, 组织… */
// 长荣海运, 正荣汽船, 中华航空: a company's trade word ends a body's name too.
const ORG_SUFFIX = /(组织|联盟|银行|基金会|委员会|理事会|协会|公司|集团|大学|学院|研究所|研究院|中心|党|运动|阵线|联合会|论坛|法院|机构|办公室|署|局|通讯社|电台|电视台|报|网|海运|航运|汽船|航空|控股)$/;

/*
 * 长荣海运（Evergreen Marine）… 长荣表示: once a company's full name was given, its name
 * without the trade word names it too. The stem left, two to four characters.
 */
const TRADE_WORD = /^([\u4e00-\u9fff]{2,4}?)(?:海运|航运|汽船|航空|集团|公司|控股)$/;
export const companyStem = (zh: string): string | null => TRADE_WORD.exec(zh)?.[1] ?? null;

export const looksLikeOrganisation = (zh: string) => ORG_SUFFIX.test(zh);

/** Endings that make a country's name plus a few words one body of its own: 伊朗人权组织, 伊朗学生通讯社. */
const COUNTRY_BODY_SUFFIXES = ['组织', '通讯社', '电视台', '广播电台', '电台', '委员会', '协会', '联合会', '基金会', '研究所', '研究院', '大学'];
const COUNTRY_BODY_FIRST = new Set(COUNTRY_BODY_SUFFIXES.map((x) => x.charAt(0)));
/** 组织 is a verb as well (伊朗民众组织抗议): as a body's name it is followed by a verb, a date or punctuation. */
const AFTER_ORGANISATION = /^(?:[，。、；：,.;:!?！？”“"」）)\s]|$)/;

/**
 * Where a body named after a country ends (伊朗 + 人权组织 → 伊朗人权组织),
 * or -1. `pos` is the end of the country's name. The words between are one
 * to six Han characters with no particle or verb among them.
 */
export function countryBodyEnd(folded: string, pos: number): number {
  // Most country names end no body's name: look for a suffix's first character before the slower checks.
  let suffixAhead = false;
  for (let k = pos + 1; k < folded.length && k - pos <= 7 && !suffixAhead; k++) suffixAhead = COUNTRY_BODY_FIRST.has(folded.charAt(k));
  if (!suffixAhead) return -1;
  for (let k = pos; k < folded.length && k - pos <= 7; k++) {
    const ch = folded.charAt(k);
    if (k > pos && COUNTRY_BODY_FIRST.has(ch)) {
      const suffix = COUNTRY_BODY_SUFFIXES.find((x) => folded.startsWith(x, k));
      if (suffix) {
        const end = k + suffix.length;
        if (suffix !== '组织') return end;
        const next = folded.slice(end, end + 2);
        return AFTER_ORGANISATION.test(next) || verbAt(folded, end) || DATE_WORDS.has(next) || STOP.has(next.charAt(0)) && next.charAt(0) !== '的' ? end : -1;
      }
    }
    if (!isHan(ch.charCodeAt(0)) || STOP.has(ch) || BEFORE_BODY.has(ch) || verbAt(folded, k)) return -1;
  }
  return -1;
}

/** What a body inside a university is named after: 淡江大学 + 中国大陆研究所. */
const SCHOOLS = ['大学', '学院'];

/**
 * Where the university whose name ends at `pos` starts (淡江大学|中国大陆研究所),
 * or -1: one to six Han characters before 大学 or 学院, back to a particle or punctuation.
 * A country named after it names the institute's subject, not its country.
 */
export function schoolStartBefore(folded: string, pos: number): number {
  if (!SCHOOLS.some((s) => folded.endsWith(s, pos))) return -1;
  let start = pos - 2;
  while (start > 0 && pos - 2 - start < 6) {
    const ch = folded.charAt(start - 1);
    if (!isHan(ch.charCodeAt(0)) || STOP.has(ch) || BEFORE_BODY.has(ch)) break;
    start--;
  }
  return start < pos - 2 ? start : -1;
}

/** English for the commonest words of such bodies' names; a name with any other word keeps its pinyin. */
const BODY_GLOSS: Record<string, string> = {
  组织: 'Organisation', 通讯社: 'News Agency', 电视台: 'Television', 广播电台: 'Radio', 电台: 'Radio', 委员会: 'Committee',
  协会: 'Association', 联合会: 'Federation', 基金会: 'Foundation', 研究所: 'Institute', 研究院: 'Institute', 大学: 'University',
  人权: 'Human Rights', 大陆: 'Mainland', 学生: 'Students', 国家: 'State', 官方: 'Official', 中央: 'Central', 国际: 'International',
  新闻: 'News', 红十字: 'Red Cross', 红新月: 'Red Crescent', 妇女: 'Women', 青年: 'Youth', 记者: 'Journalists',
  律师: 'Lawyers', 医生: 'Doctors', 工人: 'Workers', 和平: 'Peace', 足球: 'Football', 奥林匹克: 'Olympic', 伊斯兰: 'Islamic',
};
const GLOSS_WORDS = Object.keys(BODY_GLOSS).sort((a, b) => b.length - a.length);

/** 伊朗人权组织 → "Iran Human Rights Organisation", when every word after the country is glossed; else null. */
export function countryBodyGloss(country: string, rest: string): string | null {
  const words = [country];
  for (let k = 0; k < rest.length; ) {
    const word = GLOSS_WORDS.find((w) => rest.startsWith(w, k));
    if (!word) return null;
    words.push(BODY_GLOSS[word]!);
    k += word.length;
  }
  return words.join(' ');
}

/** Endings of terms, areas, laws and things that acronyms abbreviate as often as bodies: 专属经济区（EEZ）, 国内生产总值（GDP）. */
const TERM_SUFFIX = /(海域|水域|空域|区|地带|条约|协议|协定|公约|宪章|法|法案|规则|标准|系统|计划|方案|倡议|战略|机制|框架|指数|总值|率|导弹|武器|技术|病毒|疫苗|货币|智能)$/;

/** A Han name that reads as a term or an area rather than a body (an 组织 or 银行 ending wins over this). */
export const looksLikeTerm = (zh: string) => TERM_SUFFIX.test(zh);

/**
 * The unknown name written at `pos` (right after a title), or null.
 * `startsWord(p)`: a known name, place or common word starts at p, which ends the name.
 */
export function nameAfterTitle(
  folded: string,
  pos: number,
  startsWord: (p: number) => boolean,
  japanese = false,
): string | null {
  // 护士宣布停止: 宣 is a surname, but what follows the title is the verb.
  if (startsWord(pos) || verbAt(folded, pos)) return null;
  // 示威者周五在首都…: 周 is a surname, but a date word after the title is when, not who.
  if (DATE_WORDS.has(folded.slice(pos, pos + 2))) return null;
  const dotted = dottedNameAt(folded, pos, startsWord);
  if (dotted) return dotted;
  const chinese = chineseNameAt(folded, pos, startsWord);
  let run = pos;
  while (run < folded.length && run - pos < 16 && isTransliterationChar(folded.charAt(run))) {
    if (run > pos && (startsWord(run) || DATE_WORDS.has(folded.slice(run, run + 2)))) break;
    run++;
  }
  const foreign = folded.slice(pos, run).replace(/·+$/, '');
  // 总理米卡提前天谴责: 提 stops a Chinese name (提出), but the transliteration runs on to a
  // date word, which ends a name plainly: the name is 米卡提, not 米卡.
  if (chinese && foreign.length > chinese.length && foreign.startsWith(chinese) && DATE_WORDS.has(folded.slice(pos + foreign.length, pos + foreign.length + 2))) return foreign;
  if (chinese && foreign.length <= 3 && isChineseName(chinese)) return chinese;
  if (foreign.length >= 2 && !foreign.startsWith('·')) return foreign;
  if (chinese && isChineseName(chinese)) return chinese;
  return japanese ? japaneseNameAt(folded, pos, startsWord) : null;
}

/**
 * 麦尔丹·木盖提, 阿卜杜勒·阿齐兹: parts of a foreign name joined by a middle dot,
 * whatever characters spell them (Uyghur and Turkic names use syllables that
 * Xinhua-style names do not). The dot says the run is one name; it ends where a
 * particle, a verb or a known word starts. Null without a dot inside the run.
 */
function dottedNameAt(folded: string, pos: number, startsWord: (p: number) => boolean): string | null {
  let end = pos;
  let dots = 0;
  for (; end < folded.length && end - pos < 20; end++) {
    const ch = folded.charAt(end);
    if (ch === '·') {
      if (end === pos || folded.charAt(end - 1) === '·') return null;
      dots++;
      continue;
    }
    if (!isHan(ch.charCodeAt(0))) break;
    // 哈梅内伊本周一首次: a date word ends the name even where its characters spell syllables.
    if (end > pos && folded.charAt(end - 1) !== '·' && DATE_WORDS.has(folded.slice(end, end + 2))) break;
    // After the dot a particle that also spells syllables (提 ti, 坦 tan) is part of the name unless a verb starts there (提出).
    if (STOP.has(ch) && !(dots && isTransliterationChar(ch) && !verbAt(folded, end))) break;
    if (end > pos && folded.charAt(end - 1) !== '·' && (startsWord(end) || verbAt(folded, end))) break;
  }
  if (!dots || folded.charAt(end - 1) === '·') return null;
  return folded.slice(pos, end);
}

/** Two-character starts of date words (本周一, 上月, 星期三, 当天) that follow a name as often as a verb does. */
const DATE_WORDS = new Set(
  '本周 上周 下周 这周 本月 上月 下月 本年 今年 去年 明年 前年 周一 周二 周三 周四 周五 周六 周日 周末 星期 礼拜 当天 当日 次日 同日 翌日 此前 日前 近日 目前 稍早 稍后 前天 前晚 明天 当晚'.split(' '),
);

/** Whether a name may end at `pos`: the text goes on with no Han character, or with a particle, a verb or a date word. */
export function nameMayEndAt(folded: string, pos: number): boolean {
  const ch = folded.charAt(pos);
  if (!ch || !isHan(ch.charCodeAt(0))) return ch !== '·';
  return STOP.has(ch) || verbAt(folded, pos) || DATE_WORDS.has(folded.slice(pos, pos + 2));
}

/** A common verb (表示, 宣布) starts at `pos`. */
export function verbAt(folded: string, pos: number): boolean {
  for (const len of verbLengths) if (verbs.has(folded.slice(pos, pos + len))) return true;
  return false;
}

/**
 * A Japanese name after a Japanese title (防卫大臣岸信夫): two to four Han
 * characters whose family name need not be a Chinese surname. Only taken
 * when something plainly ends it (a verb, a particle, a digit, a known word)
 * within four characters: a longer run is a phrase, not a name.
 */
function japaneseNameAt(folded: string, pos: number, startsWord: (p: number) => boolean): string | null {
  let end = pos;
  for (; end < folded.length && end - pos <= 4; end++) {
    const ch = folded.charAt(end);
    if (!isHan(ch.charCodeAt(0)) || STOP.has(ch) || (end === pos && NUMERAL_HAN.has(ch))) break;
    if (end > pos && (startsWord(end) || verbAt(folded, end))) break;
  }
  const length = end - pos;
  return length >= 2 && length <= 4 ? folded.slice(pos, end) : null;
}

/** Han numerals start no name (防卫大臣一职), though they end some (松野博一, 安倍晋三). */
const NUMERAL_HAN = new Set('〇零一二三四五六七八九十百千万两几数'.split(''));

/** Surname + one or two given-name characters, stopping at verbs, digits or a known word. */
function chineseNameAt(folded: string, pos: number, startsWord: (p: number) => boolean): string | null {
  const married = marriedNameAt(folded, pos, startsWord);
  if (married) return married;
  const compound = compoundSurnames.find((s) => folded.startsWith(s, pos));
  const surname = compound ? compound.length : singleSurnames.has(charAt(folded, pos)) ? 1 : 0;
  if (!surname) return null;
  let end = pos + surname;
  for (let k = 0; k < 2; k++) {
    const ch = folded.charAt(end);
    if (!ch || !isHan(ch.charCodeAt(0)) || STOP.has(ch) || verbAt(folded, end)) break;
    // 首席执行官肖恩周一晚间: 周 is a surname and a given-name character, but 周一 is when.
    if (DATE_WORDS.has(folded.slice(end, end + 2))) break;
    if (k === 1 && startsWord(end)) break;
    end++;
  }
  return end > pos + surname ? folded.slice(pos, end) : null;
}

/**
 * 叶刘淑仪: a Hong Kong married name, two common surnames and two given
 * characters, taken only where the text plainly ends it (在, 表示, a comma):
 * 王李明强调 is 王李明.
 */
function marriedNameAt(folded: string, pos: number, startsWord: (p: number) => boolean): string | null {
  if (!isMarriedSurname(folded, pos) || !nameMayEndAt(folded, pos + 4)) return null;
  for (let k = pos + 1; k < pos + 4; k++) {
    const ch = folded.charAt(k);
    if (!isHan(ch.charCodeAt(0)) || (k > pos + 1 && STOP.has(ch)) || verbAt(folded, k) || DATE_WORDS.has(folded.slice(k, k + 2)) || startsWord(k)) return null;
  }
  return folded.slice(pos, pos + 4);
}

/**
 * A word of an English name: capitalised, or an Arabic article glued to a
 * capitalised word (al-Burhan, el-Sisi, bin-Salman), which the family name
 * often carries.
 */
const NAME_WORD = String.raw`(?:(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn)-)?\p{Lu}[\p{L}'’-]+`;
/** The article glued to a family name: Burhan is said alone as often as al-Burhan. */
export const GLUED_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn)-(?=\p{Lu})/u;
/** Lower-case words inside Arabic and European names (Mohammed bin Abdulrahman, Ursula von der Leyen). */
const NAME_PARTICLE = String.raw`(?:bin|bint|ibn|abu|al|el|von|van|der|de|da|del|di|du)`;
/*
 * Ryan D. McCarthy, Robert J. Contee III, Charles E. Schumer: a middle initial may stand inside
 * the name (and stays in it: it is how the text writes the name), a generational suffix
 * (Jr., Sr., II, III, IV) after it, which is no part of the name.
 */
const MIDDLE_INITIAL = String.raw`\p{Lu}\.(?= \p{Lu}[\p{L}'’-])`;
const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const TITLED_LATIN = new RegExp(
  String.raw`^ ([A-Z][\p{L}'’-]+(?: (?:${NAME_WORD}|${MIDDLE_INITIAL}|${NAME_PARTICLE}(?= (?:${NAME_PARTICLE} )?\p{Lu}))){0,5})`,
  'u',
);
const IS_INITIAL = /^\p{Lu}\.$/u;
const HAS_PARTICLE = new RegExp(String.raw`^${NAME_PARTICLE}$`);
/** Honorifics written before a name, no part of it: Sheikh Mohammed bin Abdulrahman Al Thani, Sir Keir Starmer. */
const HONORIFICS = new Set(['Sheikh', 'Sheikha', 'Sir', 'Dame', 'Dr', 'Lord', 'Lady']);
const POSSESSIVE = /['’]s$/;
/** Letters Spanish and Portuguese names carry and English headline words do not. */
const IBERIAN_ACCENT = /[áéíóúñãõçÁÉÍÓÚÑ]/;
/** Waker-Uz-Zaman, Al-Sisi: one word, yet a whole name, every part capitalised. */
const HYPHENATED_NAME = /^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)+$/u;

/**
 * An English name after an English title: two or three capitalised words
 * (Ned Price), or one hyphenated word (Gen. Waker-Uz-Zaman). A possessive
 * ends the name and is no part of it (President Mohammed Shahabuddin’s
 * office): the bare surname must match later.
 */
export function latinNameAfterTitle(text: string, pos: number): string | null {
  const m = TITLED_LATIN.exec(text.slice(pos, pos + 80));
  if (!m) return null;
  let words = m[1]!.split(' ');
  const suffix = words.findIndex((w, k) => k >= 2 && NAME_SUFFIX.test(w));
  if (suffix >= 0) words.length = suffix;
  // An initial counts as no word of its own: Ryan D. McCarthy is two words and the initial.
  const initials = words.slice(0, 4).filter((w) => IS_INITIAL.test(w)).length;
  // Five words only with a particle among them: "President Biden Says Ceasefire Will Hold" is a headline, not a name.
  // Andrés Manuel López Obrador, Nicolás Maduro Moros: a Spanish or Portuguese name (an accent in it) may add the
  // mother's family name, four words in all, when the name ends there.
  if (!words.some((w) => HAS_PARTICLE.test(w))) words = words.slice(0, (words.length === 4 && IBERIAN_ACCENT.test(m[1]!) ? 4 : 3) + initials);
  // Sheikh Hasina keeps her honorific: it is how she is named, and one word is no name.
  if (HONORIFICS.has(words[0]!) && words.length >= 3) words.shift();
  if (words.length > 5) words.length = 5;
  while (words.length > 1 && HAS_PARTICLE.test(words[words.length - 1]!)) words.pop();
  const possessive = words.findIndex((w) => POSSESSIVE.test(w));
  if (possessive >= 0) {
    words.length = possessive + 1;
    words[possessive] = words[possessive]!.replace(POSSESSIVE, '');
  }
  if (words.length >= 2) return words.join(' ');
  return HYPHENATED_NAME.test(words[0]!) ? words[0]! : null;
}

const KNOWN_AS = /^,? (?:also |better |widely |popularly )?known as (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u;

/** "Mohamed Hamdan Dagalo, known as Hemedti": the name the person goes by, written right after the full one. */
export function knownAsAfter(text: string, end: number): string | null {
  return KNOWN_AS.exec(text.slice(end, end + 60))?.[1] ?? null;
}

/*
 * British apposition: "the defence secretary, Ben Wallace, said", "Ukraine’s president,
 * Volodymyr Zelensky, said", "her then chancellor, Kwasi Kwarteng,". The name stands
 * between commas after a title that "the" or a possessive (maybe with one capitalised
 * word: "the British defence secretary", "Israel's U.N. ambassador") makes definite:
 * one person holds it, so the title, even in lower case, names them.
 * Lower-case modifiers may stand between (Ukraine's deputy defence minister, Hanna Maliar).
 */
const DEFINITE_BEFORE = /(?:\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)|\p{L}['’]s)(?: \p{Lu}[\p{L}.-]*)?(?: (?:first|deputy|vice|acting|interim|former|then|new|outgoing|incoming|senior|chief|top))*(?: (?!(?:and|or|of|in|at|to|by|for|with|on|from|said|says|told)\b)[a-z][a-z-]{2,}){0,2} $/u;
/**
 * ", Name Name," right after the title, or after an "of" phrase that says whose
 * title it is (the commander of Hamas’s armed wing, Mohammed Deif,), or where
 * (Haiti's ambassador to the US, Bocchit Edmond,; the UN special envoy for Haiti, Helen La Lime,).
 */
const APPOSED_LATIN = /^(?: (?:of|to|for|at|in|on) [^,.;:!?“”"()]{2,40}?)?, (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}),/u;

/** A title starting at `titleStart` is made definite by "the" or a possessive before it. */
export const definiteBefore = (text: string, titleStart: number) => DEFINITE_BEFORE.test(text.slice(Math.max(0, titleStart - 60), titleStart));

export function apposedLatinName(text: string, titleStart: number, titleEnd: number): string | null {
  if (!definiteBefore(text, titleStart)) return null;
  const name = APPOSED_LATIN.exec(text.slice(titleEnd, titleEnd + 80))?.[1];
  return name && !name.split(' ').some((w) => NOT_NAME_WORDS.has(w)) ? name : null;
}

/**
 * Two or three capitalised words followed by an age or by an apposition
 * closed by a comma: "Nahid Islam, a key coordinator of the protests, said",
 * "Jane Doe, 34, said", "Jagmeet Singh, leader of the … Party, said" (no article:
 * then its head noun has an "of" phrase). Global: used with matchAll only.
 */
const INTRODUCED_NAME = new RegExp(
  String.raw`(\p{Lu}[\p{L}'’-]+(?: ${NAME_WORD}){1,3}), (?:(\d{1,3}),|(?:an?|the) ([^,.;:!?“”"()]{1,80}),|(who) |((?:[a-z-]+ ){0,2}[a-z]+ of [^,.;:!?“”"()]{1,70}),)`,
  'gu',
);
/** Words of bodies and places, which "who" may follow too (the Rapid Support Forces, who…): no person's name has one. */
const BODY_WORDS = new Set(
  ('Forces Force Army Council Committee Party Union Front Movement Group Ministry Government Court Assembly ' +
    'Association Organization Organisation Agency Service Services Police Guard Brigade Brigades Alliance League ' +
    'Republic Kingdom States Nations Bank Company Corporation University Church Office Commission Authority')
    .split(' '),
);
/** Capitalised at a sentence start or naming a day or month: no part of a name. */
const NOT_NAME_WORDS = new Set(
  ('The A An In On At But And Or For From With By After Before Earlier Later Last Next This That These Those Meanwhile ' +
    'When While As If Since Until Then Now Yet So He She They It We I You His Her Their Its Our My Mr Mrs Ms Dr Sir ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec')
    .split(' '),
);
/** Head nouns of an apposition that say the name before it is a person's. */
const PERSON_NOUNS = new Set(
  ('coordinator organizer organiser leader spokesperson spokesman spokeswoman official member activist student lawyer ' +
    'professor analyst resident founder director chairman chairwoman chair head chief minister president executive ' +
    'lecturer researcher journalist reporter editor witness protester teacher doctor nurse father mother son daughter ' +
    'wife husband brother sister widow veteran politician lawmaker legislator candidate adviser advisor commander ' +
    'officer soldier general economist historian expert scholar farmer worker owner writer author survivor victim ' +
    'critic supporter aide envoy diplomat ambassador secretary governor mayor judge prosecutor negotiator businessman ' +
    'businesswoman entrepreneur vendor shopkeeper engineer scientist cleric imam priest monk actor singer ' +
    'citizen national tycoon dissident chancellor premier king queen prince princess monarch emperor ruler predecessor successor ' +
    // "Kevin Rojek, the special agent in charge of the FBI's Pittsburgh field office,"
    'agent detective inspector sheriff superintendent commissioner manager strategist consultant coach attorney')
    .split(' '),
);
/** A capitalised word right before (no sentence end between): the name would be the tail of a longer one. */
const ENDS_CAPITALISED = /\p{Lu}[\p{L}'’-]*\s$/u;
/** Where an apposition's head noun ends: "a key coordinator | of the protests". */
const APPOSITION_HEAD_END = /\s(?:of|in|at|for|from|with|who|whose|which|to|on|and|since|whom|before|after|under|during|until|between)\s/;

/**
 * English names introduced without a title, by an age or a person noun in
 * an apposition. The names are only candidates: the caller still rejects
 * words it knows as places, bodies or titles. Words before the name that
 * open a sentence (But, In, On Monday) are dropped.
 */
export function introducedLatinNames(text: string): string[] {
  const found: string[] = [];
  // "Jagmeet Singh, leader of the left-leaning New Democratic Party, said": a bare head noun with its "of" phrase.
  if (!/, (?:an? |the |\d|who |(?:[a-z-]+ ){1,3}of )/.test(text)) return found;
  for (const m of text.matchAll(INTRODUCED_NAME)) {
    const start = m.index ?? 0;
    // Part of a longer capitalised run (Prime Minister Sheikh Hasina, 76): the title path's business.
    if (ENDS_CAPITALISED.test(text.slice(Math.max(0, start - 30), start))) continue;
    const words = m[1]!.split(' ');
    while (words.length && NOT_NAME_WORDS.has(words[0]!)) words.shift();
    if (words.length < 2 || words.length > 3 || words.some((w) => NOT_NAME_WORDS.has(w) || POSSESSIVE.test(w))) continue;
    if (m[4] !== undefined) {
      // "Omar al-Bashir, who ruled": "who" says a person, unless a word says a body.
      if (words.some((w) => BODY_WORDS.has(w))) continue;
    } else if (m[2] !== undefined) {
      const age = Number(m[2]);
      if (age < 1 || age > 120) continue;
    } else {
      const phrase = ` ${m[3] ?? m[5]!} `;
      const cut = APPOSITION_HEAD_END.exec(phrase);
      const head = (cut ? phrase.slice(0, cut.index) : phrase).trim().split(/\s+/).pop()!.toLowerCase();
      if (!PERSON_NOUNS.has(head)) continue;
    }
    found.push(words.join(' '));
  }
  return found;
}

/*
 * "Alberta Premier Jason Kenney, Saskatchewan’s Scott Moe and Manitoba’s Heather Stefanson": a list
 * going on from a titled name, each item a place's possessive and a two-word name, names more holders
 * of the title (no body: "and Russia’s Defence Ministry").
 */
const LISTED_HOLDER = /^(?:,| and|, and) (?:\p{Lu}[\p{L}-]+ ){0,2}?\p{Lu}[\p{L}-]+['’]s (\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+)(?=[ ,.;:]|$)/u;

/** The names listed after a titled name ending at `end` (see LISTED_HOLDER). */
export function listedHoldersAfter(text: string, end: number): string[] {
  const found: string[] = [];
  for (let at = end; found.length < 6; ) {
    const c = text.charCodeAt(at);
    if (c !== 44 /* , */ && !text.startsWith(' and ', at)) break;
    const m = LISTED_HOLDER.exec(text.slice(at, at + 90));
    if (!m) break;
    const words = m[1]!.split(' ');
    if (words.some((w) => NOT_NAME_WORDS.has(w) || BODY_WORDS.has(w) || POSSESSIVE.test(w))) break;
    found.push(m[1]!);
    at += m[0].length;
  }
  return found;
}

/** Verbs that give a title to the name after them: "appointed Grant Shapps as home secretary". */
const GIVES_TITLE = 'appointed|appoints|named|names|nominated|nominates|installed|reinstated|chose|picked|made';
/** Verbs by which the name before them takes or leaves a title: "Suella Braverman resigned as home secretary". */
const TAKES_TITLE =
  'resigned|resigns|quit|quits|sacked|fired|dismissed|ousted|removed|replaced|stepped down|steps down|stood down|took over|takes over|' +
  'was appointed|was named|was sacked|was fired|was dismissed|was ousted|was removed|was replaced|was sworn in|sworn in|served|serves|' +
  'remained|remains|returned|returns|took office|has been appointed|has been named|had been appointed';
const AS_TITLE = String.raw` as (?:the |a |an )?(?:(?:new|former|then|acting|interim|deputy|shadow) )*$`;
const NAME_AS_TITLE = new RegExp(
  String.raw`(?:\b(?:${GIVES_TITLE}) (\p{Lu}[\p{L}'’-]+(?: ${NAME_WORD}){1,2})|(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’-]+(?: ${NAME_WORD}){1,3}) (?:${TAKES_TITLE}))${AS_TITLE}`,
  'u',
);
const AS_TITLE_GATE = new RegExp(AS_TITLE);

/**
 * The name a title written after "as" is given to or left by: "appointed
 * Grant Shapps as home secretary", "Suella Braverman resigned as home
 * secretary", "Kwasi Kwarteng sacked as chancellor". Only after a verb that
 * says so: "served New York as governor" names a place. `titleStart` is where
 * the title starts; the caller still rejects known places and bodies.
 */
export function latinNameBeforeAsTitle(text: string, titleStart: number): string | null {
  const before = text.slice(Math.max(0, titleStart - 120), titleStart);
  if (!AS_TITLE_GATE.test(before.slice(-40))) return null;
  const m = NAME_AS_TITLE.exec(before);
  if (!m) return null;
  const words = (m[1] ?? m[2]!).split(' ');
  while (words.length && NOT_NAME_WORDS.has(words[0]!)) words.shift();
  if (words.length >= 3 && HONORIFICS.has(words[0]!)) words.shift();
  if (words.length < 2 || words.length > 3 || words.some((w) => NOT_NAME_WORDS.has(w) || BODY_WORDS.has(w) || POSSESSIVE.test(w))) return null;
  return words.join(' ');
}

/** Titles Hong Kong and mainland news write after a name (陈静芬法官, 李教授): the words before them name a person. */
const TITLES_AFTER_NAME = ['法官', '教授', '律师', '先生', '女士', '博士', '医生'];
/** What may stand right before such a name: the start, punctuation, a space or 的. */
const BEFORE_NAME = new Set('，。、；：,.;:!?！？“”"「」『』()（）《》 \n的'.split(''));

/**
 * Chinese names written right before a title (负责审理此案的陈静芬法官): a
 * surname and one or two given characters, with the start, punctuation or
 * 的 right before them (so the run before the title is the name, not the
 * tail of a phrase). A title of its own (陈先生) is no name.
 */
export function namesBeforeTitles(folded: string, startsWord: (p: number) => boolean): string[] {
  const found: string[] = [];
  for (const title of TITLES_AFTER_NAME) {
    for (let at = folded.indexOf(title); at >= 0; at = folded.indexOf(title, at + 1)) {
      for (const length of [3, 2, 4]) {
        const start = at - length;
        if (start < 0 || (start > 0 && !BEFORE_NAME.has(folded.charAt(start - 1)))) continue;
        const name = folded.slice(start, at);
        if (!isChineseName(name) || startsWord(start)) continue;
        let given = true;
        for (let k = start + surnameLength(name); k < at && given; k++) {
          given = !STOP.has(folded.charAt(k)) && !verbAt(folded, k) && !startsWord(k) && !DATE_WORDS.has(folded.slice(k, k + 2));
        }
        if (!given) continue;
        found.push(name);
        break;
      }
    }
  }
  return found;
}

/**
 * 19岁的潘展乐在男子100米自由泳决赛中, 21岁的郑钦文: an age (digits or Han numerals, 岁的)
 * right before a Chinese name introduces that person, as a title does. The name must end
 * plainly (在, a verb, a comma): 62岁的犯罪嫌疑人 goes on with a noun and names nobody.
 */
export function namesAfterAges(folded: string, startsWord: (p: number) => boolean): string[] {
  const found: string[] = [];
  for (let at = folded.indexOf('岁的'); at >= 0; at = folded.indexOf('岁的', at + 1)) {
    if (!AGE_DIGIT.test(folded.charAt(at - 1))) continue;
    const pos = at + 2;
    if (startsWord(pos) || verbAt(folded, pos)) continue;
    const name = chineseNameAt(folded, pos, startsWord);
    if (name && isChineseName(name) && nameMayEndAt(folded, pos + name.length)) found.push(name);
  }
  return found;
}
const AGE_DIGIT = /[0-9０-９十一二三四五六七八九]/;

/**
 * 碧桂园由杨国强于1992年在广东顺德创立: the Chinese name after 由 ("by") that a founding
 * verb follows in the same clause is the founder. Not 由于 ("because").
 */
export function foundersIn(folded: string, startsWord: (p: number) => boolean): string[] {
  const found: string[] = [];
  for (let at = folded.indexOf('由'); at >= 0; at = folded.indexOf('由', at + 1)) {
    const pos = at + 1;
    if (charAt(folded, pos) === '于' || startsWord(pos)) continue;
    const name = chineseNameAt(folded, pos, startsWord);
    if (name && isChineseName(name) && FOUNDED_AFTER.test(folded.slice(pos + name.length, pos + name.length + 30))) found.push(name);
  }
  return found;
}
const FOUNDED_AFTER = /^(?:等人?)?(?:于|在)[^，。；！？,;]{0,24}?(?:创立|创办|创建|始创|成立)/;

/**
 * 法官杜丽冰、李运腾及李素兰: the other Chinese names a title's list goes on
 * with, each after 、, 及, 和 or 与. `end` is where the first name ends.
 */
export function listedChineseNames(folded: string, end: number, startsWord: (p: number) => boolean): string[] {
  const names: string[] = [];
  while (names.length < 6 && LIST_JOINERS.has(folded.charAt(end))) {
    const name = chineseNameAt(folded, end + 1, startsWord);
    if (!name || !isChineseName(name) || startsWord(end + 1)) break;
    names.push(name);
    end += 1 + name.length;
  }
  return names;
}
const LIST_JOINERS = new Set('、及和与'.split(''));

/** Particles that stay lower case inside a Latin name (Ursula von der Leyen). */
const PARTICLES = new Set(['von', 'van', 'der', 'de', 'da', 'del', 'di', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'du']);

/** A Latin person name: two or more words, each capitalised except particles. */
export function looksLikePersonName(latin: string): boolean {
  const words = latin.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  return words.every((w) => /^[\p{Lu}]/u.test(w) || PARTICLES.has(w.toLowerCase()));
}

/** An acronym: OVKS, EDB, G-20. */
export const looksLikeAcronym = (latin: string) => /^[A-Z0-9][A-Z0-9&.\-]{1,9}$/.test(latin) && /[A-Z]/.test(latin);

/** Function characters that end the body name reading back from a bracket (的, 在, 与…). */
const BEFORE_BODY = new Set('的在与和同及由是为对向从被将了于称说据'.split(''));

/**
 * The unknown name in a Han run before a bracket, when nothing known ends it:
 * what follows a title or a known name, else the trailing transliteration,
 * else (for bodies) what follows the last function character.
 */
export function unknownNameInRun(
  run: string,
  lastKnownEnd: number,
  lastTitleEnd: number,
  lastPersonEnd = 0,
): { zh: string; titled: boolean } | null {
  // 国务卿布林肯周日在接受美国广播公司（ABC）: a known person after the title is whom it introduced.
  // (Any other known name may be a name's first characters: 巴西 in 财长巴西尔·拉贾帕克萨.)
  if (lastTitleEnd > 0 && lastTitleEnd >= lastPersonEnd && run.length - lastTitleEnd >= 2) return { zh: run.slice(lastTitleEnd), titled: true };
  const from = Math.max(lastKnownEnd, lastTitleEnd);
  if (ORG_SUFFIX.test(run)) {
    let start = run.length;
    while (start > from && run.length - start < 12 && !BEFORE_BODY.has(run.charAt(start - 1))) start--;
    return run.length - start >= 2 ? { zh: run.slice(start), titled: false } : null;
  }
  if (lastKnownEnd > 0 && run.length - lastKnownEnd >= 2) return { zh: run.slice(lastKnownEnd), titled: false };
  let start = run.length;
  while (start > 0 && isTransliterationChar(run.charAt(start - 1))) start--;
  const zh = run.slice(start).replace(/^·+/, '');
  return zh.length >= 2 ? { zh, titled: false } : null;
}

/** An English body introduced with its acronym: Economic Community of West African States (ECOWAS). */
export interface AcronymIntroduction {
  name: string;
  acronym: string;
}

/** Small words inside a body's name that its acronym may skip or keep (the O of ECOWAS). */
const NAME_JOINERS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'et', '&']);
const CAPITALISED = /^\p{Lu}/u;

/**
 * English names followed by their acronym in brackets, where the acronym's
 * letters are the initials of the capitalised words right before it, in
 * order (joiners like "of" may give a letter or none). Nothing else is taken:
 * "said on Sunday (AFP)" has no matching words.
 */
export function acronymIntroductions(text: string, folded: string): AcronymIntroduction[] {
  const found: AcronymIntroduction[] = [];
  for (let open = folded.indexOf('('); open >= 0; open = folded.indexOf('(', open + 1)) {
    const close = folded.indexOf(')', open);
    if (close < 0 || close - open > 12) continue;
    const acronym = text.slice(open + 1, close).trim();
    if (!looksLikeAcronym(acronym)) continue;
    const letters = acronym.replace(/[^A-Z]/g, '');
    if (letters.length < 2) continue;
    const before = text.slice(Math.max(0, open - 200), open);
    if (!/\p{L}\s*$/u.test(before)) continue;
    const words = before.trimEnd().split(/\s+/).slice(-16);
    const start = initialsStart(words, letters);
    if (start < 0 || words.length - start < 2) continue;
    found.push({ name: words.slice(start).join(' '), acronym });
  }
  return found;
}

/** Index of the first word of the name whose initials spell `letters`, matched from the end; -1 if none. */
function initialsStart(words: string[], letters: string): number {
  const match = (w: number, l: number): number => {
    if (l === 0) return CAPITALISED.test(words[w + 1]!) ? w + 1 : -1;
    if (w < 0) return -1;
    const word = words[w]!;
    // A name does not run across punctuation: "Abuja, Nigeria" is two things.
    if (/[,;:.!?"“”()]$/.test(word)) return -1;
    if (NAME_JOINERS.has(word.toLowerCase()) && !CAPITALISED.test(word)) {
      if (word.charAt(0).toUpperCase() === letters.charAt(l - 1)) {
        const kept = match(w - 1, l - 1);
        if (kept >= 0) return kept;
      }
      return w === words.length - 1 ? -1 : match(w - 1, l);
    }
    if (!CAPITALISED.test(word)) return -1;
    if (word.charAt(0) === letters.charAt(l - 1)) {
      const whole = match(w - 1, l - 1);
      if (whole >= 0) return whole;
    }
    // Asia-Pacific may give A and P.
    const parts = word.split('-').filter(Boolean);
    if (parts.length > 1 && parts.length <= l && parts.every((p) => CAPITALISED.test(p))) {
      const initials = parts.map((p) => p.charAt(0)).join('');
      if (letters.slice(l - parts.length, l) === initials) return match(w - 1, l - parts.length);
    }
    return -1;
  };
  return match(words.length - 1, letters.length);
}

/**
 * (AP Photo/Tanvir Ahmed), (EPA-EFE Pool/Jane Doe): capitalised words on both
 * sides of a slash, the first part a photo…
 */
const PHOTO_SLASH_CREDIT = /[(（](?:\p{Lu}[\p{L}.'’&-]* ){0,3}(?:Photo|PHOTO|Pool|POOL)(?: ?\/ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})+[)）]/gu;
/**
 * …or any, after a sentence's end (…on Monday. (Reuters/Jane Doe)): a
 * bracket right after a name spells the name (托卡耶夫（Tokayev/Tokajew）).
 */
const SLASH_CREDIT = /(?<=[.!?。！？”"]\s?)[(（]\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}(?: ?\/ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})+[)）]/gu;
/** Al Jazeera's captions end with the credit in square brackets: [Zain Jaafar/AFP], [File: Jane Doe/Reuters]. */
const SQUARE_CREDIT = /\[(?:File: ?)?\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}(?: ?\/ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})+\]/gu;
/** (Photo: Reuters), (Photo by Jane Doe/AFP). */
const PHOTO_CREDIT = /[(（](?:Photo|Photograph|Image|Picture)s?(?::| by)[^()（）]{1,80}[)）]/gu;
/** REUTERS/Stringer, AFP/Getty Images: an agency in capitals, a slash and a name, as captions end. */
const CAPITALS_CREDIT = /(?<![\p{L}])\p{Lu}{2,}(?: \p{Lu}{2,})?\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}/gu;
/** （新华社记者李鑫摄）: a Chinese photo credit ends with 摄. */
const HAN_CREDIT = /[(（][^()（）]{1,30}[摄攝][)）]/gu;

/**
 * Spans of photo credits in a text. The agency and the photographer a
 * credit names took the picture: they are no actors of what it shows.
 */
export function photoCredits(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // The patterns are long and Unicode-aware: run only those the text can match.
  const anySlash = text.includes('/');
  const slash = anySlash && /[(（][^)）]{0,60}\//.test(text);
  const capitals = anySlash && /[A-Z]{2}\//.test(text);
  const square = anySlash && text.includes('[');
  const photo = /Photo|Image|Picture|PHOTO|Pool|POOL/.test(text);
  const han = /[摄攝][)）]/.test(text);
  if (!slash && !capitals && !photo && !han && !square) return spans;
  const patterns = [
    ...(slash && photo ? [PHOTO_SLASH_CREDIT] : []),
    ...(slash ? [SLASH_CREDIT] : []),
    ...(square ? [SQUARE_CREDIT] : []),
    ...(photo ? [PHOTO_CREDIT] : []),
    ...(capitals ? [CAPITALS_CREDIT] : []),
    ...(han ? [HAN_CREDIT] : []),
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (!spans.some((s) => s.start === start)) spans.push({ start, end: start + m[0].length });
    }
  }
  return spans;
}
