/**
 * Counts a sentence reports (至少50人死亡, 近三千人被拘留, 部队约有一千二百人,
 * "at least 50 people were killed"), so a label can carry them and sources
 * that disagree on a figure can be shown side by side.
 */
import type { Category, Figure } from '../../lib/schema.ts';
import { NUMERAL_CHARS, parseNumber } from '../text/numerals.ts';
import { foldText } from '../text/fold.ts';
import { orderWords } from '../../lib/figureWords.ts';
import { EN_NUMBER, EN_ORDER_VALUE, EN_WORD_NUMBER, EN_QUALIFIER, MAY_WORD_NUMBER, parseEnglishNumber, QUALIFIERS, type Approx, type FoundFigure } from './figureNumbers.ts';
import { aboardCounts, countsMatching, DEATH_WORD, drivenAmongAndCrowds, EN_BODIES_FOUND, EN_BODIES_PASSIVE, EN_RALLY_CROWD, FORCE_MEMBERS, isYardstick, MAY_FORCE, MAY_RALLY, MAY_YARDSTICK, raisedIt, tollFigures, troopNumbers } from './figuresEnglish.ts';

export type { FoundFigure } from './figureNumbers.ts';

// What is counted, by the word after the count (…人丧生, …名士兵) or before it (维和人员…人).
// 被当场逮捕, 遭警方带走, 相继被捕: who did it and how soon may stand between 被 and the verb.
const BY_WHOM = '(?:被|遭)(?:警方|警察|公安|军警)?(?:当场|随即|相继|先后|已经?|均)?';
const OUTCOMES: [RegExp, string, Category][] = [
  // 病逝, 去世: died of illness or old age, in an outbreak's toll as much as a disaster's.
  [new RegExp(`^(?:丧生|死亡|遇难|遇害|身亡|罹难|病逝|病故|去世|离世|被杀|${BY_WHOM}(?:杀害|杀死|打死|击毙|炸死|枪杀)|killed|dead|died)`), 'dead', 'unrest'],
  // 受重伤, 重伤, "hurt": how badly does not change what is counted. 伤亡 (casualties) counts the dead too.
  // "taken to hospital with injuries", "treated for injuries": EN_OUTCOME only lets these through with injuries after them.
  // 6名立委送医, 3人送院: taken to hospital is injured (not when they died there: 送医不治, 送医后抢救无效).
  [/^(?:受伤|受重伤|受轻伤|重伤|轻伤|伤(?!亡)|送(?:医|院)(?!后?(?:不治|抢救无效|宣告不治|证实死亡))|injured|wounded|hurt|(?:taken|rushed|admitted)\s+to\s|treated\s+for\s)/, 'injured', 'unrest'],
  // 被带走 (taken away, by the police where said): how detentions at protests are reported.
  [new RegExp(`^(?:${BY_WHOM}(?:逮捕|拘捕|拘留|捕|拘|抓|带走)|arrested|detained)`), 'arrested', 'unrest'],
  // "20 were unaccounted for": how disaster tolls say missing.
  // 约2000名居民下落不明: whereabouts unknown is missing.
  // 仍有20人失联: out of contact after a disaster is missing too.
  [/^(?:失踪|失联|下落不明|missing|unaccounted\s+for)/, 'missing', 'unrest'],
  // Driven from home by war or disaster: a humanitarian count, not a casualty.
  // "33,000 people were staying at evacuation centers": sheltering away from home after a disaster.
  // 逾7.6万人被临时转移到安全地点, 1万人被疏散: moved to safety (evacuated) is displaced too;
  // 撤离 only when done to them (2000名美军撤离 is troops withdrawing).
  // 8.4万人从纳卡进入亚美尼亚, 数千人从边境涌入邻国: people crossing from one place into another are driven out.
  // 数百万人无家可归: left homeless by a disaster or war is displaced too.
  [/^(?:从[\u4e00-\u9fff]{1,8}?(?:进入|涌入|逃往|逃入|逃到|逃至|撤往)(?!会场|场馆|场内|校园|室内|大楼|市区)|流离失所|无家可归|無家可歸|逃离家园|被迫离开家园|被(?:临时|紧急|陆续)?(?:转移到安全|疏散|撤离)|(?:紧急|临时)?疏散|displaced|fled|flee|forced from|(?:staying|sheltering|living)\s+(?:at|in)\s)/, 'displaced', 'other'],
  // "More than a million people marched": those who marched are the demonstrators (see MARCHERS).
  [/^(?:marched|demonstrated|protested|rallied|took\s+to\s+the\s+streets)/, 'protesters', 'unrest'],
];
/*
 * 22名警员受伤, 至少79人在冲突中受伤: who was counted, or where it happened
 * (在…中), may stand between the count and the outcome; one of each at most,
 * and never a clause break. The noun is then who, the outcome what is counted.
 */
/*
 * People nouns, known by their ending as much as by the word: 大学生, 救援人员,
 * 抗议民众, 支持者. A few characters may come before the ending, never a clause break.
 */
const PEOPLE = '(?:警员|警察|警官|军警|民众|市民|平民|居民|村民|群众|学生|官员|士兵|军人|儿童|妇女|乘客|工人|农民|人员|人士|公民|侨民|游客|嫌疑人|嫌犯|疑犯|男子|女子|青年|成员|分子|高层|高管|董事|编辑|员工|职员|律师|中士|下士|上士|军士|士官|军官|者)';
const PEOPLE_NOUN = `[\u4e00-\u9fff]{0,3}?${PEOPLE}`;
/*
 * 机上132人已全部遇难, 3人均已死亡, 機上10人全數罹難: adverbs (已, 全部, 全数, 均, 都) may stand before
 * the outcome too, and when it happened (3名患者前一日病逝, 12人当天死亡). How badly (严重受伤,
 * 不幸遇难) and a quotation mark opening a quoted outcome (在冲突中“严重受伤”) do not change what is counted.
 */
const BEFORE_OUTCOME = new RegExp(
  // (?!员): 菲海军人员 is one noun (人员), not 军人 with 员 left over.
  `(?:${PEOPLE_NOUN}(?!员))?(?:前一[日天]|当[日天]|同[日天]|[昨今次翌][日天])?(?:在[^，。；！？,;:：]{1,10}?(?:中|期间))?(?:已经?|全部|全数|全体|全都|不幸|[亦也均都皆全]){0,3}[“"「]?(?:严重|轻微|不幸)?`,
  'y',
);
/*
 * 已确定120名遇难者身份, 300名死者家属: the count is of identities or relatives of
 * the victims, not of the victims (those who died are counted elsewhere).
 */
const OF_THE_VICTIMS = /^[\u4e00-\u9fff]{1,3}?者的?(?:身份|家属|亲属|遗属|姓名|名单)/;
/** 123名乘客, 9名机组人员: the figure's text takes the people noun after 名 along. */
const NOUN_AFTER = new RegExp(`${PEOPLE_NOUN}(?!员)`, 'y');
/*
 * 103万人参与游行, 5万人参加集会, 约50万人上街游行: a crowd counted by 人 alone is the
 * demonstrators when what they joined (or marched in) follows within a few characters.
 */
const CROWD = /^(?:上街|走上街头)?(?:(?:参与|参加|加入)(?:了|这次|此次|当天的|当日的)?(?:大)?)?(?:游行|示威|集会|抗议)/;
/*
 * 数百名乌鲁木齐居民聚集在市政府大楼外抗议, 上千人聚集在河畔，为遇难者守夜:
 * people who gather count as the demonstrators only when what they gathered
 * for (a protest, a vigil) follows in the sentence; 名 needs a people noun
 * (数百名警察聚集 are not demonstrators), 人 is one already.
 */
/*
 * 数百名投资者和购房者聚集…抗议: any people noun (支持者, 投资者, 业主, 人士), several
 * joined by 和/、; GATHERING_FORCE keeps out those who gather to police or report a protest.
 */
const GATHER_PEOPLE = '(?:居民|民众|市民|村民|平民|学生|群众|工人|农民|业主|人士|人员|青年|者)';
const GATHER_NOUN = new RegExp(
  `[^，。；！？,;:：]{0,8}?${GATHER_PEOPLE}(?:[和、及与][^，。；！？,;:：和、及与]{0,6}?${GATHER_PEOPLE}){0,3}`,
  'y',
);
const GATHERING_FORCE = /警|军|兵|记者|执法|安保|保安|官员|部队/;
/** 数百名不满的支持者抗议, 数千名工人在工厂外示威: the people counted are protesting. */
const PROTESTING = /(?:在[^，。；！？,;:：]{0,12})?(?:抗议|示威|游行)/y;
const GATHER = /[^，。；！？,;:：]{0,6}?(?:聚集|上街|走上街头)[^。；！？;]{0,30}?(?:抗议|示威|悼念|守夜)/y;
/*
 * 示威從週四晚間開始，…數千名民眾自發湧向國會大廈: a crowd surging towards a place is the
 * demonstrators when the sentence is about a protest, before the count or after it.
 */
const SURGE = /[^，。；！？,;:：]{0,6}?(?:涌向|涌入|涌进|涌到|涌上街头|涌至)/y;
const PROTEST_WORD = /示威|抗议|游行|集会/;
/*
 * Headlines count without 人: 火灾致10死9伤, 造成3死. A numeral before 死/伤 is
 * a toll after 致/造成/酿成 or, in digits, anywhere; 九死一生 is an idiom.
 */
const ZH_TOLL = new RegExp(
  `(致|造成|酿成?)?(${Object.keys(QUALIFIERS).filter((q) => /[^\x00-\x7f]/.test(q)).join('|')})?([${NUMERAL_CHARS}]+)(余|多)?(死|伤)(?![伤亡者刑害心感口])`,
  'g',
);
/*
 * 警方则指高峰期只有24万人: a count that ends its clause after a source's
 * word (称, 指, 估计) gives another source's number for what the sentence
 * counted just before, and is counted as that.
 */
// Only 有/为/达/是 may end the words between: 表示已逮捕3人 counts something else.
// 警察局则估计高峰时约有2万8000人: when the count was taken (高峰时, 高峰期间) may end them too.
const OTHER_SOURCE = /(?:称|指|估计|估算|统计|表示|说)(?:[^，。；！？,;:：]{0,6}?(?:有|为|达|是|时|期间))?$/;
/*
 * 主办单位宣称逾10万人, 主办单位估计到场人数已达约3万人, 主办单位晚间9时30分宣布现场已突破7万人:
 * a count of people the organisers give (their source's word in the count's clause) in a sentence
 * about a crowd (现场, 到场, 人潮, a protest) is their count of the demonstrators.
 */
const ORGANISERS_SAY =
  /(?:主办单位|主办方|主办者|主办团体|组织者|发起单位|发起团体)[^，。；！？,;:：]{0,12}?(?:宣称|声称|称|估计|估算|宣布|表示|指出|统计|说)[^，。；！？,;:：]{0,10}$/;
const CROWD_SENTENCE = /现场|到场|人潮|集结|抗议|示威|游行|集会|声援|上街/;
/*
 * 沈伯洋等6立委送医, 3议员受伤: headlines count people without 名/人, the numeral right before a
 * people noun; only with an outcome after it (6立委 alone may be seats). MAY_BARE_NOUN looks cheaply first.
 */
const BARE_NOUNS = '(?:立委|议员|警员|员警|民警|警察|士兵|军人|学生|记者|官员|乘客|游客|村民|居民|矿工|工人|渔民|船员)';
const ZH_BARE_COUNT = new RegExp(`(?<![${NUMERAL_CHARS}第])([0-9]+)(余|多)?${BARE_NOUNS}(?:均|都|全|已|亦|也){0,2}`, 'g');
const MAY_BARE_NOUN = /[0-9０-９][餘余多]?[立議议警員员民士軍军學学記记官乘遊游村居礦矿工漁渔船]/;
const COUNTED_NOUNS: [RegExp, string, Category][] = [
  [/(?:维和人员|维和部队|peacekeepers)/, 'peacekeepers', 'military'],
  // "some 100,000 fighters": an armed group's strength; aircraft are kept out by FIGHTER_JET.
  // 民防部队, 消防部队, 纪律部队 (civil defence, fire and disciplined services) are no army.
  [/(?:(?<!民防|消防|纪律)部队|士兵|军人|兵力|官兵|troops|soldiers|fighters)/, 'troops', 'military'],
  // "hundreds of rioters attacked": those rioting are the crowd of the unrest, counted as its demonstrators.
  [/(?:抗议者|示威者|protesters|rioters)/, 'protesters', 'unrest'],
];

const NUM = `[${NUMERAL_CHARS}]+`;
/*
 * 数十人, 几百人 (tens, hundreds: an order only), 上千人 (a thousand or more),
 * 十几人 (ten-odd) are counts too, and reading only their numeral would turn
 * 数十人受伤 into "10 injured".
 */
const ZH_COUNT = new RegExp(
  // 约有60人, 至少有3人: 有 may follow the qualifier and the count is still qualified.
  // 至少造成32人死亡: the qualifier may stand before the verb that causes the toll.
  `(?:(${Object.keys(QUALIFIERS).filter((q) => /[^\x00-\x7f]/.test(q)).join('|')})(?:有|造成|导致|致使)?)?` +
    `(?:([数几])(?=[十百千万])|(上)(?=[百千万]))?(${NUM})(余|多|几)?(?:人|名)`,
  'g',
);
/*
 * One word may stand between a count and its noun: "1,000 U.S. troops", "300 French soldiers";
 * an aside between commas between the people and the verb: "About 100 people, including 14
 * police officers, were killed".
 */
/*
 * "had (already) fled their homes", "were forced from their homes", "were displaced":
 * driven from home. have/had only before fled or died: "had killed" is what they did.
 * "have fled into neighbouring Chad", "flee Khartoum", "fled the country": fleeing into,
 * across or out of a place is displacement too; "fled the scene" is not (see FLED_WHERE).
 * The word between the count and the outcome is never an aircraft's: "20 stealth fighters",
 * nor a time's: "two years detained" is a term, not two people.
 */
/*
 * "on April 1 that killed seven members": a day of the month is no count, and a
 * relative pronoun between a number and an outcome starts a clause about something
 * else (the strike that killed), so neither that/who/which nor a month may be the
 * word between. Months are capitalised in news, and so checked (see AFTER_MONTH).
 */
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const YEAR_NUMBER = /^(?:1[89]|20)\d\d$/;
const AFTER_ARTICLE = /\b(?:a|an|the)\s+$/i;
const AFTER_MONTH = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`);
/** Those who marched (see MARCHERS); "took to the streets". */
const MARCH = 'marched|demonstrated|protested|rallied|took\\s+to\\s+the\\s+streets';
/*
 * "a million people marched", "5,000 students rallied": who marched are the demonstrators when
 * they are people, or said to be, and nobody else (police and troops march too).
 */
const MARCHERS = /^(?:of\s+)?(?:(?:people|persons|demonstrators|protesters|students|workers|residents|supporters|women|farmers|teachers|activists|marchers|unionists)\s+)?(?:have\s+|had\s+|has\s+)?(?:already\s+)?$/i;
/** "were staying at evacuation centers", "sheltering in shelters": the displaced of a disaster, by where they stay. */
const SHELTERED =
  '(?:staying|sheltering|living)\\s+(?:at|in)\\s+(?:(?:an?|the)\\s+)?(?:(?:evacuation|relief|temporary|emergency)\\s+(?:centers?|centres?|shelters?|sites?|camps?)|shelters?|evacuation\\s+sites?)';
/** "had been taken to hospital with injuries", "were treated for minor injuries": the injured, by where they went. */
const HOSPITALISED =
  '(?:taken|rushed|admitted)\\s+to\\s+(?:(?:a|the)\\s+)?(?:local\\s+)?hospitals?\\s+with\\s+(?:[a-z]+\\s+)?injuries|treated\\s+for\\s+(?:[a-z]+\\s+)?injuries';
/** "were shot dead", "found dead", "shot and killed": how they died does not change what is counted. */
const HOW_KILLED = '(?:shot|stabbed|beaten|burned|burnt|found|confirmed|pronounced)\\s+(?=dead\\b)|shot\\s+and\\s+(?=killed\\b)';
/** "were seriously injured", "were lightly hurt": how badly does not change what is counted ("fatally" does, and is left out). */
const HOW_BADLY = '(?:seriously|critically|badly|severely|gravely|slightly|lightly|moderately)';
const EN_OUTCOME = `(?:(?:people|persons),\\s[^,;.:]{1,60},\\s+(?:were|have been|had been|are)\\s+|(?:(?!(?:were|have|had|has|are|that|who|which|whom|stealth|jet|fighter|years?|months?|weeks?|days?|hours?|${MONTHS})\\b)[a-z][a-z.'’-]*\\s+)??(?:people\\s+|persons\\s+|members\\s+)?(?:(?:were|have been|had been|has been|are)\\s+|(?:have|had|has)\\s+(?=(?:already\\s+)?(?:died|fled|marched|protested|demonstrated|rallied)\\b))?(?:already\\s+)?(?:${HOW_BADLY}\\s+)?)(?:${HOW_KILLED})?(killed|dead|died|injured|wounded|hurt|arrested|detained|missing|unaccounted\\s+for|displaced|${SHELTERED}|${HOSPITALISED}|(?:fled|flee)\\s+(?:(?:their|his|her)\\s+homes?|(?:into|to|across|from)\\b|the\\s+(?:country|city|region|area|fighting|violence)\\b|[a-z][\\w'’-]*)|forced\\s+from\\s+(?:their|his|her)\\s+homes?|peacekeepers|troops|soldiers|fighters|protesters|rioters|${MARCH})\\b`;
/*
 * "at least 137 Ukrainian soldiers and civilians had been killed": a passive outcome
 * closing the clause says what happened to those counted, and wins over the noun.
 */
const EN_NOUN_THEN_OUTCOME = new RegExp(
  `(?:\\s+(?:and|or)\\s+(?:[a-z-]+\\s+)?[a-z-]+)?\\s+(?:(?:were|was|are|is|(?:have|had|has)\\s+(?:(?:already|also)\\s+)?been)\\s+` +
    `(?:(?:already|also|reportedly)\\s+)?(?:${HOW_BADLY}\\s+)?(?:${HOW_KILLED})?(killed|dead|injured|wounded|hurt|arrested|detained|missing|displaced)|(?:have\\s+|had\\s+)?(died))\\b`,
  'y',
);
/*
 * "a conflict that has killed more than 14,000 people", "police detained at least 10
 * protesters", "has killed hundreds of people": the outcome before the count, then who
 * was counted. The -ing form reports the same ("storm a camp, killing more than 100
 * people"), and so does a headline's present ("Police arrest 53 activists"), unless
 * it is only intended ("vowed to kill", "will arrest"). One named person may come
 * first ("detaining Hamdok and dozens of officials"); the shortest reading wins, so
 * "killed 3 soldiers and 4 civilians" keeps 3. Who was counted is a people noun or a
 * people's name ("at least 19 Palestinians", group 5: capitalised, checked by DEMONYM).
 */
const EN_OUTCOME_FIRST = new RegExp(
  `\\b(killed|killing|injured|injuring|wounded|wounding|hurt|hurting|arrested|arresting|detained|detaining|displaced|displacing|` +
    `(?:kill|injure|wound|arrest|detain|displace)s?|hurts)\\s+` +
    `(?:(?:(?!\\d)[\\w'’.-]+\\s+){1,3}?and\\s+)??` +
    `${EN_QUALIFIER}?\\s*` +
    `(?:${EN_NUMBER}|(dozens|scores|hundreds of thousands|tens of thousands|hundreds|thousands|millions)\\s+of)\\s+` +
    `(?:(?:[A-Za-z][a-z-]*\\s+)?(?:people|persons|civilians|protesters|demonstrators|activists|dissidents|defendants|lawmakers|students|` +
    `soldiers|troops|fighters|militants|residents|villagers|children|women|men|journalists|officials|officers|policemen|workers|` +
    `supporters|migrants|refugees|others|members|personnel|commanders|generals|staff|crew|executives|employees|guards|passengers|person)|([a-z]{3,}(?:s|ese)))\\b`,
  'gi',
);
/** Palestinians, Israelis, Britons, Sudanese: a people's name is capitalised (the pattern above cannot say so, being case-blind). */
const DEMONYM = /^[A-Z][a-z]+(?:s|ese)$/;
/** "killing 100 people" or "arrest 53 activists" reports the same outcome as "killed 100 people". */
const EN_PAST: Record<string, string> = {
  killing: 'killed', injuring: 'injured', wounding: 'wounded', arresting: 'arrested', detaining: 'detained', displacing: 'displaced',
  kill: 'killed', injure: 'injured', wound: 'wounded', arrest: 'arrested', detain: 'detained', displace: 'displaced',
  hurting: 'hurt',
};
const pastOf = (verb: string) => EN_PAST[verb] ?? EN_PAST[verb.replace(/s$/, '')] ?? verb;
/** "vowed to kill", "will arrest": a bare verb after these is intended, not done (checked in code: a look-behind in the pattern is slow). */
const INTENDED = /\b(?:to|will|would|could|can|cannot|may|might|should|must|not)\s+$/i;
/** See EN_OUTCOME: fled into/to/across/from a place, or out of a named one (capitalised), or a country, city or the fighting. */
const FLED_WHERE = /^(?:fled|flee)\s+(?:[A-Z]|(?:their|his|her|into|to|across|from)\b|the\s+(?:country|city|region|area|fighting|violence)\b)/;
const EN_COUNT = new RegExp(
  // Not a model number: "F-35 fighters", "Su-27 jets".
  `\\b${EN_QUALIFIER}?\\s*${EN_NUMBER}\\s+${EN_OUTCOME}`,
  'gi',
);
/** "dozens of people were injured", "thousands of troops": an order, no number. */
const EN_ORDER = new RegExp(
  `\\b(dozens|scores|hundreds of thousands|tens of thousands|hundreds|thousands|millions)\\s+(?:of\\s+)?${EN_OUTCOME}`,
  'gi',
);
/*
 * "441 police officers and gendarmes injured", "12 police officers were hurt": who was counted
 * (people nouns, two joined by and/or, each with one word before it), then the outcome. Without
 * were/had been the participle must not take an object ("3 officers arrested 5 men" is what they did),
 * see ACTIVE_OBJECT.
 */
const EN_PEOPLE =
  '(?:people|persons|civilians|protesters|demonstrators|activists|students|soldiers|troops|fighters|militants|residents|' +
  'villagers|children|women|men|journalists|officials|officers|police|policemen|policewomen|gendarmes|firefighters|rescuers|' +
  'workers|supporters|migrants|refugees|passengers|crew|guards|personnel|members|staff|others|' +
  // Those counted by what they are suspected of: "four suspected gunmen were arrested", "200 rioters".
  'gunmen|attackers|assailants|suspects|rioters|looters|ringleaders|hostages|prisoners|inmates|detainees|' +
  'tourists|hikers|miners|youths|teenagers|adults|pilgrims|worshippers|spectators|concertgoers|fans|patients|' +
  // "One spectator was killed", "one man was injured": a count of one names one of them.
  'person|man|woman|child|spectator|civilian|protester|soldier|officer|policeman|journalist|passenger|worker|resident|firefighter|bystander)';
/*
 * "eight other children and two adults were injured": the second group may have its own count
 * (group 6); then the first count's text ends with its own people. "Three officers were taken to
 * hospital": taken to hospital (not as a precaution or for checks) after a passive is injured.
 */
const EN_NOUN_LIST = new RegExp(
  `\\b${EN_QUALIFIER}?\\s*${EN_NUMBER}\\s+(?:[a-z-]+\\s+)?${EN_PEOPLE}` +
    `(?:(\\s+(?:and|or)\\s+)((?:\\d+|${EN_WORD_NUMBER})\\s+)?(?:[a-z-]+\\s+)?${EN_PEOPLE})?\\s+((?:were|was|have been|had been|has been)\\s+)?` +
    `(?:${HOW_BADLY}\\s+)?(killed|injured|wounded|hurt|arrested|detained|(?<=(?:were|was|been)\\s+)(?:taken|rushed|admitted)\\s+to\\s+(?:a\\s+|the\\s+)?(?:local\\s+)?hospitals?\\b(?!\\s+(?:as\\s+a\\s+precaution|for\\s+(?:checks|observation|tests|treatment\\s+of\\s+(?:illness|symptoms)))))\\b`,
  'gi',
);
const MAY_OUTCOME = /killed|injured|wounded|hurt|arrested|detained|hospital/i;
/*
 * "Five of the six crew members aboard the coast guard's Bombardier Dash 8 were killed", "two of
 * them were injured": a part of a group, then (within the clause) what happened to it. The first
 * number is the count; the group's size (six) and any number inside the group's description (the
 * model number of Dash 8) are not.
 */
const EN_PARTITIVE = new RegExp(
  `\\b${EN_QUALIFIER}?\\s*${EN_NUMBER}\\s+of\\s+(?:them|those|(?:the|its|their|his|her)\\s+(?:${EN_NUMBER}\\s+)?` +
    `[^,;.:!?()]{0,80}?)\\s+(?:were|was|have\\s+been|had\\s+been|are)\\s+(?:(?:already|also|reportedly)\\s+)?(?:${HOW_BADLY}\\s+)?(?:${HOW_KILLED})?` +
    `(killed|dead|injured|wounded|hurt|arrested|detained|missing|unaccounted\\s+for)\\b`,
  'gi',
);
const MAY_OUTCOME_ALL = /killed|dead|injured|wounded|hurt|arrested|detained|missing|unaccounted/i;
const ACTIVE_OBJECT = new RegExp(
  `^\\s+(?:\\d|(?:a|an|the|at least|more than|some|many|dozens|scores|hundreds|thousands|his|her|their|its|them|him|two|three|four|five|six|seven|eight|nine|ten|${EN_PEOPLE})\\b|[A-Z])`,
);
/*
 * "1.08 million protesters …, including a record 119,000 in Paris", "police detained 310
 * people nationwide, 258 of them in Paris": a part of a count just made, in a place or of
 * them, is a count of the same; so are people named after it: "Hundreds of people have been injured,
 * among them 64 police officers and gendarmes" (the figure's text takes the people along).
 */
const EN_PART = new RegExp(
  `(?:\\b(?:including|among them)\\s+(?:a\\s+record\\s+|a\\s+further\\s+|another\\s+)?${EN_QUALIFIER}?\\s*` +
    `${EN_NUMBER}(?:(?=\\s+(?:in|at|from)\\s+(?:the\\s+)?[A-Z])|(\\s+(?:[a-z-]+\\s+)?${EN_PEOPLE}(?:\\s+(?:and|or)\\s+(?:[a-z-]+\\s+)?${EN_PEOPLE})?\\b))` +
    `|,\\s+${EN_QUALIFIER}?\\s*${EN_NUMBER}\\s+of\\s+them\\b)`,
  'g',
);
const MAY_PART = /including|among them| of them\b/;

// Most sentences count nobody: a cheap look for a numeral before 人/名 first.
// The text is not folded yet: traditional numerals (兩, 萬, 億) and 餘/幾 are looked for as written.
const MAY_ORDER = /dozens|scores|hundreds|thousands|millions/i;
const MAY_COUNT = /[0-9０-９零〇○一二两兩三四五六七八九十拾百佰千仟万萬亿億][余餘多几幾]?[人名死伤傷]/;

export function findFigures(text: string): FoundFigure[] {
  const figures: FoundFigure[] = [];
  const bare = MAY_BARE_NOUN.test(text);
  const folded = bare || MAY_COUNT.test(text) ? foldText(text) : '';
  for (const m of folded.matchAll(ZH_COUNT)) {
    const value = parseNumber(m[4]!.replace(/,$/, ''));
    if (value === null || value === 0) continue;
    const end = m.index + m[0].length;
    if (OF_THE_VICTIMS.test(folded.slice(end, end + 8))) continue;
    const counted =
      classifyCount(folded, m.index, end, folded.slice(Math.max(0, m.index - 12), m.index)) ??
      outcomeAfterList(folded, end) ??
      (m[0].endsWith('人') && CROWD.test(folded.slice(end, end + 12)) ? (['protesters', 'unrest'] as [string, Category]) : null) ??
      (gathers(folded, end, m[0].endsWith('名')) ? (['protesters', 'unrest'] as [string, Category]) : null) ??
      (m[0].endsWith('名') && attendsRally(folded, m.index, end) ? (['protesters', 'unrest'] as [string, Category]) : null) ??
      (m[0].endsWith('人') && organisersCount(folded, m.index) ? (['protesters', 'unrest'] as [string, Category]) : null) ??
      sameAsBefore(figures, folded, m.index, end) ??
      // Last: 五名俄罗斯维和人员在纳卡遇袭身亡 counts the dead (an outcome wins over the noun).
      (m[0].endsWith('名') && PEACEKEEPERS_AFTER.test(folded.slice(end, end + 10)) ? (['peacekeepers', 'military'] as [string, Category]) : null);
    if (!counted) continue;
    // 现场已突破7万人: broke through a number is more than it (the verb stays out of the text).
    const approx: Approx = m[2] ? 'several' : m[3] ? 'at-least' : m[5] ? 'more-than' : m[1] ? QUALIFIERS[m[1]]! : folded.endsWith('突破', m.index) ? 'more-than' : 'exact';
    NOUN_AFTER.lastIndex = end;
    const until = m[0].endsWith('名') && NOUN_AFTER.test(folded) ? NOUN_AFTER.lastIndex : end;
    figures.push({ value, text: text.slice(m.index, until), what: counted[0], category: counted[1], approx, start: m.index, end: until });
  }
  for (const m of bare ? folded.matchAll(ZH_BARE_COUNT) : []) {
    const end = m.index + m[0].length;
    const counted = outcomeOf(folded.slice(end, end + 8));
    if (!counted || figures.some((f) => f.start <= m.index && m.index < f.end)) continue;
    const approx: Approx = m[2] ? 'more-than' : 'exact';
    const until = end - (/(?:均|都|全|已|亦|也)*$/.exec(m[0])?.[0].length ?? 0);
    figures.push({ value: Number(m[1]), text: text.slice(m.index, until), what: counted[0], category: counted[1], approx, start: m.index, end: until });
  }
  for (const m of folded ? folded.matchAll(ZH_TOLL) : []) {
    const [, cause, qualifier, numeral, more, outcome] = m;
    // Without 致/造成 only digits, or the 伤 of 10死9伤, read as a toll.
    const afterDead = outcome === '伤' && figures.at(-1)?.what === 'dead' && figures.at(-1)?.end === m.index;
    if (!cause && !/^[0-9０-９]/.test(numeral!) && !afterDead) continue;
    const value = parseNumber(numeral!.replace(/,$/, ''));
    if (value === null || value === 0) continue;
    const start = m.index + (cause?.length ?? 0);
    const end = m.index + m[0].length;
    const approx: Approx = more ? 'more-than' : qualifier ? QUALIFIERS[qualifier]! : 'exact';
    figures.push({ value, text: text.slice(start, end), what: outcome === '死' ? 'dead' : 'injured', category: 'unrest', approx, start, end });
  }
  // The English patterns are long: most sentences (Chinese ones, English ones
  // without a number) cannot match them, and a cheap look says so.
  if (/[A-Za-z]{3}/.test(text)) englishFigures(text, figures);
  const kept = figures.length && /\b(?:1[89]|20)\d\d\b/.test(text) && MAY_YARDSTICK.test(text) ? figures.filter((f) => !isYardstick(text, f.start)) : figures;
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The English counts of a sentence with English words, added to `figures`
 * (which holds its Chinese ones). A function of its own, not inlined into
 * findFigures (it is far too big for that): V8 compiles the two halves each
 * when it gets hot, so a pattern first met after compiling (an English count
 * in a run that began with Chinese articles) recompiles this half, not the
 * whole, and each compilation is smaller.
 */
function englishFigures(text: string, figures: FoundFigure[]): void {
  // Where the numbers already read with their outcome before them stand ("killed at least 10 protesters").
  const outcomeFirst: number[] = [];
  const numberAt = (m: RegExpMatchArray, number: string, from = 0) => m.index! + m[0].indexOf(number, from);
  const counting = (m: RegExpMatchArray, outcome: string, value: number | null, approx: Approx, number?: string) => {
    let counted = classifyAfter(outcome.toLowerCase()) ?? classifyBefore(outcome.toLowerCase());
    if (value === null || !counted) return;
    if (/^fle/i.test(outcome) && !FLED_WHERE.test(outcome)) return;
    if (number && outcomeFirst.includes(numberAt(m, number))) return;
    if (counted[0] === 'protesters' && number && !COUNTED_NOUNS.some(([re]) => re.test(outcome.toLowerCase()))) {
      const after = m[0].indexOf(number) + number.length;
      const between = m[0].slice(after, m[0].lastIndexOf(outcome)).trim();
      if (between && !MARCHERS.test(`${between} `)) return;
    }
    const start = m.index!;
    let end = start + m[0].length;
    if (COUNTED_NOUNS.some(([re]) => re.test(outcome.toLowerCase()))) {
      EN_NOUN_THEN_OUTCOME.lastIndex = end;
      const closing = EN_NOUN_THEN_OUTCOME.exec(text);
      const then = closing && classifyAfter((closing[1] ?? closing[2]!).toLowerCase());
      if (then) [counted, end] = [then, end + closing[0].length];
    }
    figures.push({ value, text: text.slice(start, end).trim(), what: counted[0], category: counted[1], approx, start, end });
  };
  const digits = /[0-9]/.test(text);
  const orders = MAY_ORDER.test(text);
  const numbers = digits || MAY_WORD_NUMBER.test(text);
  for (const m of numbers || orders ? text.matchAll(EN_OUTCOME_FIRST) : []) {
    const counted = classifyAfter(pastOf(m[1]!.toLowerCase()));
    const [, , qualifier, digitsRead, order, people] = m;
    if (people && !DEMONYM.test(people)) continue;
    if (!/(?:ed|ing)$/i.test(m[1]!) && INTENDED.test(text.slice(Math.max(0, m.index! - 12), m.index))) continue;
    const value = digitsRead ? parseEnglishNumber(digitsRead) : EN_ORDER_VALUE[order!.toLowerCase().replace(/\s+/g, ' ')]!;
    if (!counted || value === null) continue;
    const count = digitsRead ?? order!;
    const start = numberAt(m, qualifier ?? count, m[1]!.length);
    outcomeFirst.push(numberAt(m, count, m[1]!.length));
    const approx: Approx = order ? 'several' : qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
    figures.push({ value, text: text.slice(start, m.index + m[0].length), what: counted[0], category: counted[1], approx, start, end: m.index + m[0].length });
  }
  // "Five of the six crew members aboard … were killed": the part counted is the first number (see EN_PARTITIVE).
  const partitive: [number, number][] = [];
  for (const m of numbers && MAY_OUTCOME_ALL.test(text) && text.includes(' of ') ? text.matchAll(EN_PARTITIVE) : []) {
    const [, qualifier, number, , outcome] = m;
    const value = parseEnglishNumber(number!);
    const counted = classifyAfter(outcome!.toLowerCase());
    if (value === null || !counted) continue;
    const total = m[3] ? parseEnglishNumber(m[3]) : null;
    if (total !== null && total < value) continue;
    const start = numberAt(m, qualifier ?? number!);
    const end = m.index + m[0].length;
    partitive.push([start, end]);
    outcomeFirst.push(numberAt(m, number!));
    const approx: Approx = qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
    figures.push({ value, text: text.slice(start, end), what: counted[0], category: counted[1], approx, start, end });
  }
  for (const m of numbers ? text.matchAll(EN_COUNT) : []) {
    if (partitive.some(([from, to]) => from <= m.index! && m.index! < to)) continue;
    // "on April 1 killed": the 1 is a day (a qualifier, "April at least 5", would make it a count).
    if (!m[1] && AFTER_MONTH.test(text.slice(Math.max(0, numberAt(m, m[2]!) - 12), numberAt(m, m[2]!)))) continue;
    // "a 1946 tsunami killed": a year after an article names an event, and counts nobody.
    if (!m[1] && YEAR_NUMBER.test(m[2]!) && AFTER_ARTICLE.test(text.slice(Math.max(0, numberAt(m, m[2]!) - 6), numberAt(m, m[2]!)))) continue;
    counting(m, m[3]!, parseEnglishNumber(m[2]!), m[1] ? QUALIFIERS[m[1].toLowerCase()]! : 'exact', m[2]);
  }
  for (const m of orders ? text.matchAll(EN_ORDER) : []) counting(m, m[2]!, EN_ORDER_VALUE[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!, 'several', m[1]);
  const covered = (at: number) => figures.some((f) => f.start <= at && at < f.end);
  for (const m of numbers && MAY_OUTCOME.test(text) ? text.matchAll(EN_NOUN_LIST) : []) {
    const [, qualifier, number, and, second, auxiliary, outcome] = m;
    const matchEnd = m.index + m[0].length;
    if (covered(numberAt(m, number!)) || (!auxiliary && ACTIVE_OBJECT.test(text.slice(matchEnd, matchEnd + 12)))) continue;
    // A second group with its own count: the first count's text ends with its own people.
    const end = second ? m.index + m[0].indexOf(and!, numberAt(m, number!) - m.index + number!.length) : matchEnd;
    const value = parseEnglishNumber(number!);
    const counted = classifyAfter(outcome!.toLowerCase());
    if (value === null || !counted) continue;
    const start = numberAt(m, qualifier ?? number!);
    const approx: Approx = qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
    figures.push({ value, text: text.slice(start, end), what: counted[0], category: counted[1], approx, start, end });
  }
  for (const m of numbers && figures.length && MAY_PART.test(text) ? text.matchAll(EN_PART) : []) {
    const qualifier = m[1] ?? m[4];
    const number = (m[2] ?? m[5])!;
    const at = numberAt(m, number);
    const whole = figures.filter((f) => f.end <= m.index!).sort((a, b) => b.end - a.end)[0];
    if (!whole || covered(at) || /[;:]|\.\s/.test(text.slice(whole.end, m.index))) continue;
    const value = parseEnglishNumber(number);
    // "Hundreds … among them 64": a part of an order is below ten times its value.
    if (value === null || value >= (whole.approx === 'several' ? whole.value * 10 : whole.value)) continue;
    const start = qualifier ? numberAt(m, qualifier) : at;
    const end = m[5] || m[3] ? m.index + m[0].length : at + number.length;
    const approx: Approx = qualifier ? QUALIFIERS[qualifier.toLowerCase()]! : 'exact';
    figures.push({ value, text: text.slice(start, end), what: whole.what, category: whole.category, approx, start, end });
  }
  if (numbers || orders) drivenAmongAndCrowds(text, figures, covered);
  if (numbers && MAY_OUTCOME_ALL.test(text)) aboardCounts(text, figures, covered);
  if ((numbers || orders) && MAY_RALLY.test(text)) countsMatching(text, EN_RALLY_CROWD, 'protesters', 'unrest', figures, covered);
  if (digits && text.includes(' of ') && MAY_FORCE.test(text)) countsMatching(text, FORCE_MEMBERS, 'troops', 'military', figures, covered);
  if ((numbers || orders) && text.includes('bodies')) {
    countsMatching(text, EN_BODIES_FOUND, 'dead', 'unrest', figures, covered);
    countsMatching(text, EN_BODIES_PASSIVE, 'dead', 'unrest', figures, covered);
  }
  if (numbers && (text.includes('toll') || text.includes('Toll'))) tollFigures(text, figures, covered);
  if (numbers && text.includes('number of')) troopNumbers(text, figures, covered);
  if (numbers && text.includes(' it to ') && text.includes('up from') && DEATH_WORD.test(text)) raisedIt(text, figures, covered);
}

/**
 * 数十名民盟官员、民运人士和作家被捕: the outcome comes after a list of who was
 * counted, within the clause; only a list (、和及与) lets the count reach that far.
 */
function outcomeAfterList(folded: string, end: number): [string, Category] | null {
  const clause = /^[^，。；！？,;]{1,24}/.exec(folded.slice(end))?.[0] ?? '';
  for (let i = 1; i < clause.length; i++) {
    if (!/[、和及与]/.test(clause.slice(0, i))) continue;
    for (const [re, what, category] of OUTCOMES) if (re.test(clause.slice(i))) return [what, category];
  }
  return null;
}

/*
 * 纪律部队…出动逾2,000名人员, 300名消防员: the count names its own people, who are not
 * troops (纪律部队 are Hong Kong's disciplined services, police and firemen), so a
 * troops word earlier in the sentence is not what was counted. 维和人员, 部队人员 are
 * read as their own nouns first (classifyAfter).
 */
const NOT_TROOPS = /^(?:[\u4e00-\u9fff]{0,3}?员|警察|警官|民众|市民|平民|居民|村民|记者|学生|儿童|妇女|乘客|工人|志愿者|义工)/;

/*
 * 死亡人数已超过1万5000人, 受伤人数升至300人: the outcome before the count, as a
 * toll's subject; only linking words (已, 达, 升至) between it and the count.
 */
// 死亡人数因此升至至少170人: a linking adverb (因此, 随之, 也) may stand before the verb.
const TOLL_BEFORE =
  /(?:(死亡|遇难|罹难|受伤|失踪|被捕)者?|(死|伤)者)人数(?:因此|因而|随之|进一步|也|又)?(?:已经?|仍|则)?(?:达到|达|升至|增至|上升至|上升到|增加至|增加到|攀升至|攀升到|突破|为)?$/;
const TOLL_OUTCOME: Record<string, string> = { 死亡: 'dead', 遇难: 'dead', 罹难: 'dead', 死: 'dead', 受伤: 'injured', 伤: 'injured', 失踪: 'missing', 被捕: 'arrested' };
/* 逮捕至少10名趁乱抢劫商店的嫌疑人, 警方拘留了3人: the arrest before the count; 名 needs who (a short description may come first). */
const ARREST_BEFORE = /(?:逮捕|拘捕|拘留|抓获|抓捕|扣押|羁押|拘押)了?$/;
/*
 * 已转移安置受灾群众3000余人, 紧急疏散居民1200人: moved to safety before who was moved
 * (a people noun, 受灾 or the like before it) and the count.
 */
const DISPLACED_BEFORE = /(?:转移安置|紧急转移|转移|安置|疏散)了?(?:受灾|遇险|受威胁|周边|当地)?(?:群众|居民|民众|村民|灾民|人员)$/;
/* 当局在随后的镇压中打死了500多人: the killing before the count (名 needs who, as for arrests). */
const KILL_BEFORE = /(?:打死|杀死|杀害|击毙|炸死|枪杀|射杀)了?$/;
/*
 * 拘捕《苹果日报》总编辑罗伟光（Ryan Law）、壹传媒行政总裁张剑虹等5名高层: names (with titles)
 * listed between the verb and 等, the count after 等 is of them all; within the clause.
 */
const LISTED_BEFORE = /(?:(逮捕|拘捕|拘留|抓获|抓捕|扣押|羁押|拘押)|(打死|杀死|杀害|击毙|炸死|枪杀|射杀))了?[^，。；！？,;:：]{2,80}等$/;
const ARRESTED_WHO = new RegExp(`[^，。；！？,;:：]{0,10}?${PEOPLE}`, 'y');
/*
 * 16名大学生试图闯入大楼，被当场逮捕: the count opens its clause and the next
 * clause opens with 被/遭, so it has no subject of its own and says what
 * happened to those counted.
 */
const PASSIVE_NEXT = /[^，。；！？,;:：]{1,20}?[，,](?=[被遭])/y;
/*
 * 也有14人因寻呼机爆炸受伤, 3人因伤势过重死亡: why (因/由于…) may stand between the count and
 * the outcome, within the clause.
 */
const CAUSE = /^(?:因为?|由于)[^，。；！？,;:：]{1,12}/;
const CLAUSE_OPENS = /[，。；！？,;:：“”「」]/;

function classifyCount(folded: string, start: number, end: number, before: string): [string, Category] | null {
  BEFORE_OUTCOME.lastIndex = end;
  const skipped = BEFORE_OUTCOME.exec(folded)?.[0].length ?? 0;
  if (skipped) {
    const after = folded.slice(end + skipped, end + skipped + 8);
    for (const [re, what, category] of OUTCOMES) if (re.test(after)) return [what, category];
  }
  const cause = CAUSE.exec(folded.slice(end + skipped, end + skipped + 16))?.[0];
  if (cause) {
    // The shortest cause that an outcome follows: 因寻呼机爆炸受伤.
    for (let i = 2; i <= cause.length; i++) {
      const rest = folded.slice(end + skipped + i, end + skipped + i + 8);
      // 因故意伤害罪被捕: 伤害, 伤势 name the cause, not an outcome.
      if (/^伤[害势心感人口]/.test(rest)) continue;
      const outcome = outcomeOf(rest);
      if (outcome) return outcome;
    }
  }
  const after = folded.slice(end, end + 8);
  return (
    outcomeOf(after) ??
    (folded[end - 1] === '名' ? outcomeAfterNoun(after) : null) ??
    outcomeBefore(folded, before, start, end) ??
    passiveNext(folded, start, end) ??
    (folded[end - 1] === '名' ? longNounOutcome(folded, end) : null) ??
    nounOf(after) ??
    (folded[end - 1] === '名' && TROOPS_AFTER.test(after) ? (['troops', 'military'] as [string, Category]) : null) ??
    (NOT_TROOPS.test(after) ? null : classifyBefore(before))
  );
}

/*
 * 5名高层被捕, 3名人质被杀害: 名 counts people, so a short word between it and the
 * outcome (two or three characters, no clause break) is who was counted, known
 * to PEOPLE or not.
 */
const SHORT_NOUN = /^[\u4e00-\u9fff]{2,3}/;
function outcomeAfterNoun(after: string): [string, Category] | null {
  const noun = SHORT_NOUN.exec(after)?.[0] ?? '';
  for (let length = 2; length <= noun.length; length++) {
    const outcome = outcomeOf(after.slice(length));
    if (outcome) return outcome;
  }
  return null;
}

/*
 * 7名伊斯兰革命卫队成员死亡: after 名 a longer description (a body's name, then its
 * members) may stand before the people noun and the outcome; CJK only (no clause
 * break, no other count: 两名将领在内的7名… is no count of 2).
 */
const PEOPLE_END = new RegExp(`${PEOPLE}$`);
const LONG_NOUN_GAP = /^(?:在[^，。；！？,;:：]{1,12}?(?:中|期间))?(?:已经?|全部|均|都|不幸)?/;
const STILL_CJK = /^[\u4e00-\u9fff]+/;
function longNounOutcome(folded: string, end: number): [string, Category] | null {
  const words = STILL_CJK.exec(folded.slice(end, end + 14))?.[0] ?? '';
  for (let length = 5; length <= words.length - 2; length++) {
    if (!PEOPLE_END.test(words.slice(0, length))) continue;
    // 一名国民警卫队中士在北部阿拉瓜州的冲突中遇害: where it happened may stand before the outcome.
    const outcome = outcomeOf(folded.slice(end + length, end + length + 24).replace(LONG_NOUN_GAP, ''));
    if (outcome) return outcome;
  }
  return null;
}

/* 约300名乌军士兵, 2000名俄罗斯军人: who the soldiers are may come first (名 counts people). */
const TROOPS_AFTER = /^[\u4e00-\u9fff]{1,4}?(?:士兵|军人|官兵)/;
/* 约2000名俄罗斯维和人员: whose peacekeepers they are may come first too. */
const PEACEKEEPERS_AFTER = /^[\u4e00-\u9fff]{1,4}?维和(?:人员|部队|士兵|军人)/;

/** See TOLL_BEFORE and ARREST_BEFORE. */
function outcomeBefore(folded: string, before: string, start: number, end: number): [string, Category] | null {
  const toll = TOLL_BEFORE.exec(before);
  if (toll) return [TOLL_OUTCOME[toll[1] ?? toll[2]!]!, 'unrest'];
  if (DISPLACED_BEFORE.test(before)) return ['displaced', 'other'];
  let counted: [string, Category] | null = ARREST_BEFORE.test(before)
    ? ['arrested', 'unrest']
    : KILL_BEFORE.test(before)
      ? ['dead', 'unrest']
      : null;
  if (!counted && before.endsWith('等')) {
    const listed = LISTED_BEFORE.exec(folded.slice(Math.max(0, start - 90), start));
    if (listed) counted = listed[1] ? ['arrested', 'unrest'] : ['dead', 'unrest'];
  }
  if (!counted) return null;
  ARRESTED_WHO.lastIndex = end;
  return folded[end - 1] === '人' || ARRESTED_WHO.test(folded) ? counted : null;
}

/** See PASSIVE_NEXT. */
function passiveNext(folded: string, start: number, end: number): [string, Category] | null {
  if (start > 0 && !CLAUSE_OPENS.test(folded[start - 1]!)) return null;
  PASSIVE_NEXT.lastIndex = end;
  if (!PASSIVE_NEXT.exec(folded)) return null;
  const next = folded.slice(PASSIVE_NEXT.lastIndex, PASSIVE_NEXT.lastIndex + 10);
  for (const [re, what, category] of OUTCOMES) if (re.test(next)) return [what, category];
  return null;
}

function outcomeOf(after: string): [string, Category] | null {
  for (const [re, what, category] of OUTCOMES) if (re.test(after)) return [what, category];
  return null;
}

/** 数千名示威者, 2000名士兵: the noun right after the count. */
function nounOf(after: string): [string, Category] | null {
  for (const [re, what, category] of COUNTED_NOUNS) if (re.exec(after)?.index === 0) return [what, category];
  return null;
}

function classifyAfter(after: string): [string, Category] | null {
  return outcomeOf(after) ?? nounOf(after);
}

function classifyBefore(before: string): [string, Category] | null {
  for (const [re, what, category] of COUNTED_NOUNS) if (re.test(before)) return [what, category];
  return null;
}

/** See GATHER: who gathered (a people noun after 名), then a gathering for a protest or vigil. */
function gathers(folded: string, end: number, needsNoun: boolean): boolean {
  let at = end;
  if (needsNoun) {
    GATHER_NOUN.lastIndex = end;
    const who = GATHER_NOUN.exec(folded);
    if (!who || GATHERING_FORCE.test(who[0])) return false;
    at = GATHER_NOUN.lastIndex;
    PROTESTING.lastIndex = at;
    if (PROTESTING.test(folded)) return true;
  }
  GATHER.lastIndex = at;
  if (GATHER.test(folded)) return true;
  SURGE.lastIndex = at;
  return folded.includes('涌') && SURGE.test(folded) && PROTEST_WORD.test(folded);
}

/*
 * 马查多和冈萨雷斯…召集集会，数万名支持者挥舞国旗到场声援: in a sentence about a rally or a
 * protest (named before the count), people (not police or troops) who turn up, cheer or wave
 * flags there are its crowd.
 */
const ATTENDING = /[^，。；！？,;:：]{0,10}?(?:到场|到場|声援|聲援|出席|助阵|助陣|挥舞|揮舞|高呼|呼喊|前来|前來|参加|參加|参与|參與)/y;
const RALLY_BEFORE = /集会|集會|示威|抗议|抗議|游行|遊行/;

function attendsRally(folded: string, start: number, end: number): boolean {
  if (!RALLY_BEFORE.test(folded.slice(Math.max(0, start - 40), start))) return false;
  const sentenceStart = Math.max(folded.lastIndexOf('。', start), folded.lastIndexOf('！', start), folded.lastIndexOf('？', start)) + 1;
  if (!RALLY_BEFORE.test(folded.slice(Math.max(sentenceStart, start - 40), start))) return false;
  GATHER_NOUN.lastIndex = end;
  const who = GATHER_NOUN.exec(folded);
  if (!who || GATHERING_FORCE.test(who[0])) return false;
  ATTENDING.lastIndex = GATHER_NOUN.lastIndex;
  return ATTENDING.test(folded);
}

/** See ORGANISERS_SAY: the organisers' word in the count's clause, a crowd in the sentence. */
function organisersCount(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - 40), start);
  if (!ORGANISERS_SAY.test(before)) return false;
  const sentenceStart = Math.max(folded.lastIndexOf('。', start), folded.lastIndexOf('！', start), folded.lastIndexOf('？', start)) + 1;
  const sentenceEnd = folded.indexOf('。', start);
  return CROWD_SENTENCE.test(folded.slice(sentenceStart, sentenceEnd < 0 ? undefined : sentenceEnd));
}

/** See OTHER_SOURCE: the count closes its clause, a source's word opens it, a figure came before. */
function sameAsBefore(figures: FoundFigure[], folded: string, start: number, end: number): [string, Category] | null {
  const previous = figures.at(-1);
  if (!previous || !/^(?:$|[，。；！？,;])/.test(folded.slice(end, end + 1))) return null;
  const clause = /[^，。；！？,;:：]*$/.exec(folded.slice(Math.max(previous.end, start - 16), start))![0];
  return OTHER_SOURCE.test(clause) ? [previous.what, previous.category] : null;
}

/**
 * "164 dead", "10,000 arrested", "2,300 peacekeepers" with "at least"/"nearly"
 * where written; "dozens injured", "thousands of troops" for an order.
 */
export function describeFigure(f: Figure): string {
  if (f.approx === 'several') return `${orderWords(f.value, f.what)} ${f.what}`;
  const prefix: Record<Exclude<Approx, 'several'>, string> = {
    'at-least': 'at least ', 'more-than': 'over ', nearly: 'nearly ', about: 'about ', exact: '',
  };
  return `${prefix[f.approx ?? 'exact']}${f.value.toLocaleString('en-US')} ${f.what}`;
}

/**
 * Whether two reports' counts of one thing can both be right: the same value,
 * or an order (数十, "hundreds") and a number within it (37, 450).
 */
export function figuresAgree(a: Figure, b: Figure): boolean {
  if (a.value === b.value && (a.approx === 'several') === (b.approx === 'several')) return true;
  const within = (order: Figure, n: Figure) => order.approx === 'several' && n.approx !== 'several' && n.value >= order.value && n.value < order.value * 10;
  return within(a, b) || within(b, a);
}

/** The figure as the contract stores it (without category and offsets). */
export function toFigure({ value, text, what, approx }: FoundFigure): Figure {
  return { value, text, what, ...(approx ? { approx } : {}) };
}
