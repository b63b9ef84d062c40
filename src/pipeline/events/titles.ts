/**
 * Titles: a short one in the article's language, cut from the sentence, and
 * an English label built from the actors' English names and the kind of event
 * ("Wang Yi – Lavrov phone call", "Putin on troops", "Kazakhstan: unrest —
 * at least 164 dead"), so a reader who does not read Chinese can follow.
 */
import type { Actor } from '../../lib/schema.ts';
import type { Classification } from './classify.ts';
import type { Participants } from './participants.ts';
import type { FoundFigure } from './figures.ts';
import { describeFigure } from './figures.ts';
import { squeezeSpaces } from '../text/squeezeSpaces.ts';

const MAX_TITLE = 40;
const LATIN_GLOSS = /[（(][^（）()]*[A-Za-z][^（）()]*[）)]/g;
// （路透社）, (AP Photo), and a photographer's （葉家豪攝）.
const CREDIT = /[（(][^（）()]{1,8}(?:社|网|报|台|photo|Photo|AP|AFP|攝|摄)[）)]$/;
const LEADING_JOINERS = /^(?:而且|并且|但是|但|而|则|也|并|且|另外|此外|同时|就在|毕竟|因此|不过|然而|其中|随后|据悉|据报道)+/;

/*
 * A Chinese date goes with the preposition before it and the time of day
 * after it: 秦刚于12月30日晚发表讲话 is 秦刚发表讲话, not 秦刚于晚发表讲话. 晚 stays
 * where it starts a word of its own (10日晚些时候, 10日晚宴上); so does the 在
 * of 现在, 正在.
 */
const TIME_OF_DAY = /(?:晚上|晚间|晚間|上午|下午|中午|早上|早晨|清晨|凌晨|傍晚|夜间|夜間|深夜|晚(?![些宴会會餐饭飯报報]))?/y;
const AT = new Set(['於', '于', '在']);
const NOT_AT = new Set(['正', '现', '現', '存', '所', '实', '實', '还', '還', '仍']);
/* The 於/于 of a word is not the date's: 源於, 位於, 由於, 對於, 關於, 在於, 屬於, 終於, 相當於… */
const WORD_BEFORE_YU = new Set([
  ...'源位由对對关關在属屬终終鉴鑒鑑基处處便善急用出归歸敢勇乐樂过過易难難利忠限免陷取始见見适適至当當低高大小多少等',
]);
/*
 * 高於2021年同期 compares; 恒大於2021年底首次出現違約 is the company's name
 * ending in 大 and "at" the date: a comparison's 於 stands before what is
 * compared, which the date only ends or modifies (…的水平, …同期).
 */
const COMPARATIVE = new Set([...'高低大小多少']);
const COMPARED = /^(?:的|水平|同期|时|時|前|后|後|以来|以來|[，,。；;：:、）)]|$)/;
/* 昨日（週三）, 上週日（6月9日）: the same day spelled another way, in brackets right after the date. */
const DATE_GLOSS = /[（(][^（）()，。,]{0,12}[）)]/y;
/* 昨日清晨起, 從10日起: "from" goes with the date; 起飞, 起义, 起诉 are words of their own. */
const FROM = /起(?![飞飛义義诉訴草火床来來身步航跑落码碼见見源])|起(?=航班)/y;
/* 当地时间14日下午, 北京時間週三: the clock the date is read on goes with it. */
const CLOCK =
  /(?:当地|當地|北京|香港|台北|臺北|东京|東京|莫斯科|华盛顿|華盛頓|美东|美東|美国东部|美國東部|格林尼治|新加坡|首尔|首爾|汉城|漢城|平壤|曼谷|新德里|伦敦|倫敦|巴黎|柏林|布鲁塞尔|布魯塞爾|基辅|基輔|日本|韩国|韓國|中欧|中歐|欧洲中部|歐洲中部)(?:时间|時間)$/;
/* 截至昨晚的数据, 截至昨晚共有…, 遲至去年12月才加控: these words of "until" only ever lead a date, and go with it. */
const UNTIL = /(?:(截至|截止到|截止|直至|直到|[迟遲]至)|至|到)$/;
/* 从周四傍晚起, 自2011年以来, 从周四下午开始: "from" goes with the date its 起/开始/以来 closes. */
const SINCE = /开始|開始|以来|以來/y;
const FROM_BEFORE = new Set(['从', '從', '自']);
/* 在当天的讲话中, 在今年2月冬奥会开幕之际: this 在 frames a noun phrase the date only modifies. */
const FRAMED = /^(?:[^，。；,;：:]{0,6}?的[^，。；,;：:]{0,10}?(?:中|上|时|時|期间|期間|之际|之際)|[^，。；,;：:]{0,12}?(?:之际|之際|期间|期間))/;
/* 昨日下午3時許, 當晚11时: the hour is part of the date expression (digits only: 一时 is "for a moment"). */
const HOUR = /[0-9０-９]{1,2}(?:时|時|点|點)(?:[0-9０-９]{1,2}分|半)?(?:许|許|左右|前後|前后)?/y;
/* 事发当晚, 案发次日: the incident an anchor counts from. */
const INCIDENT = /(?:事发|事發|案发|案發)$/;
const INCIDENT_ANCHOR = /^[当當次翌]/;
const PUNCTUATION = /^[，,。；;：:、]$/;
const CLAUSE_END = /^(?:$|[，,。；;：:！？!?])/;

function withoutZhDate(title: string, date: string): string {
  const at = title.indexOf(date);
  if (at < 0) return title;
  let end = at + date.length;
  for (const re of [DATE_GLOSS, TIME_OF_DAY]) {
    re.lastIndex = end;
    if (re.exec(title)) end = re.lastIndex;
  }
  let from = end;
  let since = false;
  for (const re of [HOUR, FROM]) {
    re.lastIndex = from;
    if (re.exec(title)) {
      from = re.lastIndex;
      since = re === FROM;
    }
  }
  // 當天下午1時56分起至4時許: the hours of a range stay together.
  const range = /^[至到~～—-]/.test(title.slice(from, from + 1));
  if (!range) end = from;
  // 6日凌晨4时17分（新加坡时间上午9时17分）: the hour read on another clock goes too.
  if (!range && end > at + date.length) {
    DATE_GLOSS.lastIndex = end;
    if (DATE_GLOSS.exec(title)) end = DATE_GLOSS.lastIndex;
  }
  if (!range && !since && FROM_BEFORE.has(title[at - 1] ?? '')) {
    SINCE.lastIndex = end;
    if (SINCE.test(title)) {
      end = SINCE.lastIndex;
      since = true;
    }
  }
  const framed = FRAMED.test(title.slice(end, end + 16));
  // 5年前的9月28日, 上週日的遊行: the 的 of a removed date goes too.
  if (title[end] === '的') end++;
  let start = at;
  const clock = CLOCK.exec(title.slice(Math.max(0, at - 8), at));
  if (clock) start -= clock[0].length;
  // 事发当晚, 案發當日: "of the incident" goes with the anchor it qualifies.
  else if (INCIDENT_ANCHOR.test(date) && INCIDENT.test(title.slice(Math.max(0, start - 2), start))) start -= 2;
  const before = title[start - 1] ?? '';
  const beforeThat = title[start - 2] ?? '';
  // 早在2月3日 ("as early as") goes whole: 早 alone means nothing.
  if (before === '在' && beforeThat === '早') start -= 2;
  else if (since && !range && FROM_BEFORE.has(before)) start--;
  else if (
    before === '在'
      ? !NOT_AT.has(beforeThat) && !framed
      : AT.has(before) && (!WORD_BEFORE_YU.has(beforeThat) || (COMPARATIVE.has(beforeThat) && !COMPARED.test(title.slice(end, end + 3))))
  )
    start--;
  // 持續至昨晚，截至今日上午，: "until" a date that ends the clause goes with it, and 截至 always.
  else {
    const until = UNTIL.exec(title.slice(Math.max(0, start - 3), start));
    if (until && (until[1] !== undefined || CLAUSE_END.test(title.slice(end, end + 1)))) start -= until[0].length;
  }
  // 警方表示，截至今日上午，共有…: one of the two commas around a removed clause goes too.
  if (PUNCTUATION.test(title[start - 1] ?? '') && PUNCTUATION.test(title[end] ?? '')) end++;
  return title.slice(0, start) + title.slice(end);
}

/*
 * An English date goes with the words that only place it in time: its
 * preposition ("on Monday"), "early"/"late" ("early on Monday", "late Sunday"),
 * "in the early hours of", the part of the day after it ("Tuesday morning"),
 * the second day of a range ("July 11 and 12, 2020") and "that year"; "of"
 * ("the mini-budget of 23 September"). Left behind they read "freed 90
 * prisoners early", "held and 12, 2020", "the mini-budget of, in which…",
 * "Only, Truss had told MPs…".
 */
const EN_BEFORE =
  /(?:\b(?:(?:only|just)\s+)?(?:(?:early|late)\s+)?(?:on|in|at|since|from|until|by|last|of)\s+|\b(?:only|just)\s+|\b(?:in|during)\s+the\s+(?:early|small|late)\s+hours\s+of\s+|\b(?:on|in|during)\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+|\b(?:early|late)\s+)$/i;
const EN_PART_OF_DAY = /\s+(?:morning|afternoon|evening|night)\b/iy;
/* Only a day number that ends the phrase or takes the year: "and 12 people" is no range. */
const EN_RANGE_END = /\s*(?:and|to|through|[-–])\s*\d{1,2}\b(?:,\s*\d{4}\b|(?=\s*(?:[,.;:)]|$)))/y;
const EN_SAME_YEAR = /\s+(?:that|the\s+same)\s+(?:year|month)\b/iy;
const EN_POSSESSIVE = /['’]s\b/y;

const DATE_LEAD = /^(?:before|after|ahead of|until|by)\s+(?:the\s+)?/i;
const STRETCH_BEFORE = /\b(?:hours?|days?|weeks?|months?|years?)\s+$/i;

function withoutEnDate(title: string, written: string): string {
  const lower = title.toLowerCase();
  let date = written;
  let at = (lower.length === title.length ? lower : title).indexOf(date.toLowerCase());
  if (at < 0 || date === '') return title;
  // "less than four months before the Nov. 5 election": after a stretch, "before the" says how the two relate,
  // and stays ("… four months before the election"); only the date words go.
  const lead = DATE_LEAD.exec(date);
  if (lead && lead[0].length < date.length && STRETCH_BEFORE.test(title.slice(Math.max(0, at - 12), at))) {
    at += lead[0].length;
    date = date.slice(lead[0].length);
  }
  let end = at + date.length;
  const sticky = (re: RegExp) => {
    re.lastIndex = end;
    if (re.test(title)) end = re.lastIndex;
  };
  if (/\d$/.test(date)) sticky(EN_RANGE_END);
  sticky(EN_PART_OF_DAY);
  sticky(EN_SAME_YEAR);
  // "Thursday's launch" is "the launch".
  EN_POSSESSIVE.lastIndex = end;
  const possessive = EN_POSSESSIVE.test(title);
  if (possessive) end = EN_POSSESSIVE.lastIndex;
  // "injured in Thursday's unrest" keeps its "in": the possessive date stands for "the", not for the phrase.
  const before = possessive ? null : EN_BEFORE.exec(title.slice(Math.max(0, at - 40), at));
  const start = before ? at - before[0].length : at;
  const rest = title.slice(end);
  // "over Billings, Montana, on Wednesday, not far from…": one of the two commas around it goes.
  const commas = /,\s*$/.test(title.slice(0, start)) && /^\s*,/.test(rest);
  return `${title.slice(0, start)}${possessive ? ' the ' : ' '}${commas ? rest.replace(/^\s*,/, '') : rest}`;
}

/*
 * "And the 47 were charged", "Though prosecutors appealed", "While allies of
 * Sunak claimed…", "Separately, Jimmy
 * Lai…": a clause cut from its sentence keeps no conjunction or linking
 * adverb to lean on.
 */
const EN_LEADING_CONJUNCTION =
  /^(?:(?:and|but|or|though|although|whereas|while)\s+(?=\S)|(?:separately|meanwhile|however|moreover|furthermore|additionally|also|still|nevertheless|in addition)\s*,\s+(?=\S))/i;

/*
 * "which reserved up to 30% of posts…", "who was convicted…": a segment that is a
 * relative clause has its noun in another; the pronoun alone would read as a question.
 */
const EN_LEADING_RELATIVE = /^(?:which|who)\s+(?!(?:is|are|will|would|can|could|should|do|does|did)\b)(?=[a-z])/i;

/* 【明報專訊】, 【本报讯】, 【财新网】（记者 甲 乙）: the outlet's tag (and reporters) opening the first paragraph. */
const OUTLET_TAG = /^【[^【】]{1,12}】(?:[（(][记記]者[^（）()，。]{1,30}[）)])?/;
/*
 * A transcript's turns: 问：, 答：, 路透社记者：, "Q:". Who asks is no part of
 * what happened; a speaker's own name (毛宁：) stays, as a headline writes it.
 */
const TURN = /^(?:问|問|答|主持人|[\p{Script=Han}A-Za-z]{0,12}(?:记者|記者))[：:]\s*|^(?:Q|A|Question|Answer)\s*:\s+/u;
/* "April 2019 - ", "Aug. 17, 2019 - ", "2019 - ": the date heading a list entry. */
const DATE_HEADING =
  /^(?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})\s+[-–—]+\s+/;
/*
 * "In response, the South Korean…", "In Bangkok, U.S. Vice President…": a
 * fronted phrase up to its comma goes; its preposition alone would leave
 * "Response, the…". "At least 12, …" is no fronted phrase.
 */
const FRONTED = /^(?:on|in|since|at)\s+(?!least\b|most\b)[^,;:]{1,60},\s+(?=\S)/i;

/**
 * The segment without its date words, Latin glosses and credits, cut at a
 * clause end. `subject`: what englishSubject found, to lead an English title
 * whose segment starts at its verb or relative pronoun.
 */
export function nativeTitle(text: string, dateTexts: string[], language: 'zh' | 'en', trigger?: string, subject?: string | null): string {
  let title = text;
  // "Minutes after the count ended early Thursday, Trump said…": the phrase only says when, and once its
  // date words go ("Minutes after" is one) what is left of it would read as the event ("The count ended").
  if (language === 'en') title = withoutNearTime(title, trigger);
  for (const d of dateTexts) {
    // "Thursday's launch" is "the launch".
    title = language === 'zh' ? withoutZhDate(title, d) : withoutEnDate(title, d);
  }
  if (language === 'en') title = title.replace(DATE_HEADING, '');
  // Every event's title passes here: the replacements run only where they can match.
  if (title.includes('(') || title.includes('（'))
    title = title.replace(LATIN_GLOSS, '').replace(CREDIT, '').replace(/[（(]\s*[）)]/g, '');
  if (title.startsWith('【')) title = title.replace(OUTLET_TAG, '');
  // Most Chinese titles hold no space: the test is quicker than a pass over them.
  if (/\s/.test(title)) title = squeezeSpaces(title);
  if (TURN.test(title)) title = title.replace(TURN, '');
  title = title.replace(LEADING_JOINERS, '').replace(/^[-–—]+\s+|^[，,、：:；;\s]+|[，,、：:；;。.\s]+$/g, '');
  if (language === 'en') {
    title = withoutNearTime(title.replace(EN_LEADING_CONJUNCTION, '').replace(FRONTED, ''), trigger);
    title = subject ? `${subject} ${title.replace(/^(?:which|who)\s+/i, '')}` : title.replace(EN_LEADING_RELATIVE, '');
    title = capitaliseFirst(title);
  }
  // 据…消息，截至目前，地震已造成…: what happened leads, not where it was read nor "so far".
  if (language === 'zh') {
    for (let lead = LEAD_IN.exec(title); lead && title.length - lead[0].length >= 6; lead = LEAD_IN.exec(title)) title = title.slice(lead[0].length);
  }
  // 裴洛西结束访台行程后，解放军…进行实弹演习: a long title leads with what happened, not when.
  if (language === 'zh' && title.length > MAX_TITLE) title = title.replace(TIME_FRAME_CLAUSE, '');
  // "Speaking outside No 10, Truss said…", "Rear Adm. Daniel Hagari, the military's spokesman, said…": too long, the
  // framing phrase and the aside go rather than the report, which a cut at their comma would lose.
  // Unless the aside is what the event is ("Trump, who will be sworn in later on Monday, …" for the swearing-in).
  if (language === 'en' && title.length > MAX_TITLE * 2.5) {
    const shorter = title.replace(EN_LONG_FRONTED, '').replace(EN_APPOSITIVE, '$1 ');
    if (trigger === undefined || !title.includes(trigger) || shorter.includes(trigger)) title = capitaliseFirst(shorter);
  }
  return cut(title, language === 'zh' ? MAX_TITLE : MAX_TITLE * 2.5);
}

/**
 * `text.replace(/^\w/, (c) => c.toUpperCase())`, without a regular expression
 * and a call back for every English title: of the characters `\w` matches
 * (ASCII letters, digits, _), only a to z change in upper case.
 */
export function capitaliseFirst(text: string): string {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + text.slice(1) : text;
}

/* "Meeting in Abuja, Nigeria, leaders…": a place's country goes with the phrase. */
const EN_LONG_FRONTED =
  /^(?:[A-Z][a-z]+ing|Asked|After|Before|During|Following|Despite|Amid|As|When)\s[^,;:]{1,60},(?:\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,)?\s+(?=\S)/;
/* "Shortly after a peaceful vigil…,", "Hours before the attack,": when, however long the title. */
const FRONTED_NEAR_TIME = /^(?:shortly|soon|just|only|hours|minutes|moments)\s+(?:after|before)\s[^,;:]{1,80},\s+(?=\S)/i;

/** The title without a fronted "Hours after …," unless that phrase holds what happened. */
function withoutNearTime(title: string, trigger: string | undefined): string {
  const near = FRONTED_NEAR_TIME.exec(title);
  return near && !(trigger && near[0].includes(trigger)) ? title.slice(near[0].length) : title;
}
/*
 * A name and its description set off by commas, then the verb: "Israel's U.N. ambassador, Gilad Erdan,
 * demanded". Not "over Billings, Montana, not far from…": no verb follows.
 */
const EN_APPOSITIVE =
  /^([A-Z][^,;:]{1,40}),\s+(?!(?:and|or|but|nor|then|so|yet)\b)[^,;:]{2,90},\s+(?=(?:[a-z]+(?:ed|es)|says|said|told|met|took|gave|made|spoke|wrote|went|came|became|fled|led|left|sent|won|lost|held|saw|put|set|cut|hit|began|rose|fell|struck|broke|ran|grew|drew|stood|sought|fought|will|would|can|could|may|might|must|should|has|had|is|was|are|were)\b)/;
/* ", in which her then chancellor": a relative clause a cut leaves without its verb. */
const EN_RELATIVE_OPENING = /^\s*(?:(?:in|of|on|at|by|for|from|during|under|with|after|before)\s+)?(?:which|whom|whose|who|where)\b/i;

/*
 * A source the report is read from (据新华社报道，, 据…最新消息，), and "so far" (截至目前，, 截至发稿时，), as
 * clauses of their own. Not a claim (据目击者说，, 据人权组织称，): without it the title would state as fact what
 * someone says.
 */
const LEAD_IN =
  /^(?:[据據](?![^，,。；;：:“”「」]{0,29}(?:说|說|称|稱|表示|指出|透露|声称|聲稱|宣称|宣稱)[，,])[^，,。；;：:“”「」]{1,30}|(?:截至|截止|直至|到)?(?:目前|当前|當前|现在|現在|迄今|至今)(?:为止|為止)?|(?:截至|截止)?(?:[记記]者)?(?:发稿|發稿|截稿)(?:时|時|前|为止|為止)?)[，,]\s*/;

const TIME_FRAME_CLAUSE = /^[^，,；;：:“”「」]{2,30}(?:之后|以后|之後|以後|后|後|之前|以前|前|时|時|期间|期間|之际|之際)[，,]\s*(?=[^，,]{6})/;

function cut(title: string, max: number): string {
  if (title.length <= max) return title;
  const breaks = clauseBreaks(title, max);
  let at = breaks.filter((i) => i >= max / 3).at(-1);
  // Not inside a relative clause, which a cut leaves without its verb (", in which her then chancellor"): before it.
  if (at !== undefined) {
    const relative = breaks.find((i) => i >= max / 3 && i < at! && EN_RELATIVE_OPENING.test(title.slice(i + 1, i + 24)));
    if (relative !== undefined) at = relative;
  }
  return closeQuotes(at !== undefined ? title.slice(0, at) : `${title.slice(0, max - 1)}…`);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

const BREAK_MARKS = '，,；;：:';

/**
 * Where a title may be cut, before `max`: its commas, semicolons and colons,
 * but not the comma of 2,600 nor the colon of 10:48 (a digit on both sides).
 * A plain loop: the pattern, spread and filtered, ran for every long title.
 */
export function clauseBreaks(title: string, max: number): number[] {
  const breaks: number[] = [];
  const end = Math.min(max, title.length);
  for (let i = 0; i < end; i++) {
    if (BREAK_MARKS.includes(title[i]!) && !(isDigit(title[i - 1]) && isDigit(title[i + 1]))) breaks.push(i);
  }
  return breaks;
}

// A title cut inside a quotation ends it: “部长强调，这次… → “部长强调…”
function closeQuotes(title: string): string {
  const open = (title.match(/“/g) ?? []).length - (title.match(/”/g) ?? []).length;
  if (open <= 0) return title;
  return `${title.replace(/…$/, '')}…”`;
}

const DIPLOMATIC_PAIRS = new Set(['phone call', 'talks', 'visit', 'agreement signed', 'message']);

export function englishLabel(
  c: Classification,
  who: Participants,
  figures: FoundFigure[],
): string {
  const figureText = describeFigures(figures, c.category);
  const withFigures = (label: string) => (figureText ? `${label} (${figureText})` : label);
  const subject = namesOf(who.subject);
  if (c.speech) {
    const speaker = subject[0] ?? 'Unattributed';
    if (c.category !== 'statement') return withFigures(`${speaker} on ${c.trigger.entry.label}`);
    if (c.topic) return `${speaker} ${c.trigger.entry.label} on ${c.topic.entry.label}`;
    const parties = namesOf(namedParties(who)).slice(0, 2);
    return parties.length ? `${speaker} ${c.trigger.entry.label} on ${parties.join(' and ')}` : `${speaker} ${c.trigger.entry.label}`;
  }
  const label = c.trigger.entry.label;
  if (DIPLOMATIC_PAIRS.has(label)) {
    const people = namesOf(who.actors, 'person');
    const parties = people.length >= 2 ? people : namesOf(who.actors);
    if (parties.length >= 2) return `${parties.slice(0, 2).join(' – ')} ${label}`;
  }
  return withFigures(subject.length ? `${subject.join(' – ')}: ${label}` : capitalise(label));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/*
 * Plain loops rather than filter/map chains, here and in describeFigures: an
 * empty array from map has another hidden class than a full one, and each
 * class that compiled code meets late throws that code away, with the large
 * functions it was inlined into.
 */

/** The actors' English names (of one kind only, when given), in order. */
function namesOf(actors: Actor[], kind?: Actor['kind']): string[] {
  const names: string[] = [];
  for (const a of actors) if (kind === undefined || a.kind === kind) names.push(a.name);
  return names;
}

/** "at least 12 dead, 40 injured": the figures of the event's category. */
function describeFigures(figures: FoundFigure[], category: Classification['category']): string {
  let text = '';
  for (const f of figures) if (f.category === category) text += `${text ? ', ' : ''}${describeFigure(f)}`;
  return text;
}

/**
 * Who a statement with no topic word names, besides the speaker's own side
 * (the speaker, whoever introduces them before the verb of saying, and the
 * countries of both, with that country's ministries and people): the parties
 * it is about. One spokesperson's several remarks on a day then read apart,
 * "… statement on Kazakhstan" rather than the same label each time, and no
 * label says a spokesperson spoke "on" their own government.
 */
function namedParties(who: Participants): Actor[] {
  const own = new Set<string>();
  for (const a of [...who.subject, ...(who.side ?? [])]) {
    own.add(a.id);
    if (a.country) own.add(a.country);
  }
  return who.actors.filter((a) => !own.has(a.id) && !(a.country && own.has(a.country)));
}
