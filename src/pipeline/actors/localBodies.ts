/**
 * Local authorities in China and Taiwan, named by their place: 珠海市公安局 and
 * 珠海警方 are one body, "Zhuhai police"; 广东省应急管理厅 is "Guangdong
 * Emergency Management Department". Chinese news quotes them all the time
 * (警情通报, 通报称), and no list of bodies could hold every city's.
 *
 * A body is a known place (china-places.json: provinces, prefecture-level
 * and county-level cities, Taiwan's counties and cities) followed by a body word. Short place forms (珠海,
 * 广东) are accepted only for provinces and prefecture-level cities, and
 * never before 政府 (上海市政府, not 上海政府): a county-level city's short
 * form is often a word (合作, 东方).
 */
import placesJson from '../data/gazetteer/china-places.json' with { type: 'json' };
import { isHan } from '../text/fold.ts';
import { pinyinWord } from './names.ts';
import { charAt } from '../text/at.ts';

interface Place {
  zh: string;
  short?: string;
  en: string;
  level: 'province' | 'city' | 'county-city';
  /** Taiwan's counties and cities; the mainland's otherwise. */
  country?: string;
}

export interface LocalBody {
  /** Folded offsets of the whole name, place included. */
  start: number;
  end: number;
  /** The same body under every spelling: 珠海市公安局, 珠海公安 and 珠海警方 share it. */
  key: string;
  en: string;
  country: string;
}

/** [word, key, English]: a key is shared by a body's spellings. Longer words first where one contains another. */
const BODY_WORDS: readonly (readonly [string, string, string])[] = [
  ['人民政府新闻办公室', 'information-office', 'Information Office'],
  ['政府新闻办公室', 'information-office', 'Information Office'],
  ['政府新闻办', 'information-office', 'Information Office'],
  ['新闻办公室', 'information-office', 'Information Office'],
  ['新闻办', 'information-office', 'Information Office'],
  ['人民政府', 'government', 'government'],
  ['政府', 'government', 'government'],
  ['公安局', 'police', 'police'],
  ['公安厅', 'police', 'police'],
  ['公安', 'police', 'police'],
  ['警察局', 'police', 'police'],
  ['警方', 'police', 'police'],
  ['中级人民法院', 'intermediate-court', "Intermediate People's Court"],
  ['中院', 'intermediate-court', "Intermediate People's Court"],
  ['高级人民法院', 'high-court', "High People's Court"],
  ['高院', 'high-court', "High People's Court"],
  ['人民法院', 'court', "People's Court"],
  ['法院', 'court', "People's Court"],
  ['人民检察院', 'procuratorate', "People's Procuratorate"],
  ['检察院', 'procuratorate', "People's Procuratorate"],
  ['卫生健康委员会', 'health', 'Health Commission'],
  ['卫生健康委', 'health', 'Health Commission'],
  ['卫健委', 'health', 'Health Commission'],
  ['卫生局', 'health', 'Health Bureau'],
  ['疾病预防控制中心', 'cdc', 'CDC'],
  ['疾控中心', 'cdc', 'CDC'],
  ['应急管理局', 'emergency', 'Emergency Management Bureau'],
  ['应急管理厅', 'emergency', 'Emergency Management Department'],
  ['消防救援总队', 'fire', 'Fire and Rescue'],
  ['消防救援支队', 'fire', 'Fire and Rescue'],
  ['消防局', 'fire', 'Fire Department'],
  ['消防', 'fire', 'Fire and Rescue'],
  ['防汛抗旱指挥部', 'flood', 'Flood Control Headquarters'],
  ['气象台', 'weather', 'Meteorological Observatory'],
  ['气象局', 'weather', 'Meteorological Bureau'],
  ['地震局', 'earthquake', 'Earthquake Agency'],
  ['教育局', 'education', 'Education Bureau'],
  ['教育厅', 'education', 'Education Department'],
  ['市场监督管理局', 'market', 'Market Regulation Bureau'],
  ['市场监管局', 'market', 'Market Regulation Bureau'],
  ['统计局', 'statistics', 'Statistics Bureau'],
];

/** 公安 and 消防 are bodies only as words of their own: 公安部 is the ministry, 消防员 a firefighter. */
const NOT_AFTER: Record<string, string> = { 公安: '部机局厅分干民警', 消防: '员车栓队站通器局', 政府: '军' };

const full = new Map<string, Place>();
const short = new Map<string, Place>();
for (const p of placesJson as Place[]) {
  if (!full.has(p.zh)) full.set(p.zh, p);
  // A province keeps its short form where a city shares it (吉林, 海南).
  if (p.short && p.short.length >= 2 && !short.has(p.short)) short.set(p.short, p);
}
const LONGEST_PLACE = Math.max(...[...full.keys()].map((k) => k.length));
/** The last characters of every place name: most positions before a body word end none, and are passed at once. */
const PLACE_LAST = new Set([...full.keys(), ...short.keys()].map((k) => k.charAt(k.length - 1)));
/** Every body word in one pass, longest first where one contains another (人民政府 before 政府). */
const BODY_WORD = new RegExp([...BODY_WORDS].map(([w]) => w).sort((a, b) => b.length - a.length).join('|'), 'g');
const BODY_BY_WORD = new Map(BODY_WORDS.map(([w, key, en]) => [w, { key, en }]));

/** The known place whose name ends at `end`, and where it starts; the longest wins. */
function placeEndingAt(text: string, end: number, allowShort: boolean): { place: Place; start: number } | null {
  if (!PLACE_LAST.has(charAt(text, end - 1))) return null;
  for (let len = Math.min(LONGEST_PLACE, end); len >= 2; len--) {
    const word = text.slice(end - len, end);
    const place = full.get(word) ?? (allowShort ? short.get(word) : undefined);
    if (place) return { place, start: end - len };
  }
  return null;
}

/** 珠海市香洲区 + 人民法院: a district or county of two or three characters between a city and its body. */
function districtBefore(text: string, end: number): { start: number; name: string; unit: string } | null {
  const unit = text.charAt(end - 1);
  if (unit !== '区' && unit !== '县') return null;
  for (const len of [2, 3]) {
    const start = end - 1 - len;
    if (start < 2) continue;
    const name = text.slice(start, end - 1);
    if (![...name].every((c) => isHan(c.charCodeAt(0)))) continue;
    if (placeEndingAt(text, start, false)) return { start, name, unit };
  }
  return null;
}

/** Local bodies named in a folded (simplified) paragraph, in order. */
export function localBodiesIn(text: string): LocalBody[] {
  const found: LocalBody[] = [];
  BODY_WORD.lastIndex = 0;
  for (let m = BODY_WORD.exec(text); m; m = BODY_WORD.exec(text)) {
    const word = m[0];
    const at = m.index;
    let end = at + word.length;
    if (NOT_AFTER[word]?.includes(text.charAt(end))) continue;
    const district = districtBefore(text, at);
    const placeEnd = district ? district.start : at;
    const located = placeEndingAt(text, placeEnd, !district && word !== '政府' && word !== '人民政府');
    if (!located) continue;
    const { place } = located;
    let start = located.start;
    // 广东省珠海市公安局: the province before a city belongs to the name.
    const province = place.level === 'province' ? null : placeEndingAt(text, start, true);
    if (province?.place.level === 'province') start = province.start;
    const { key, en } = BODY_BY_WORD.get(word)!;
    let name = place.en;
    let bodyKey = `${place.zh}:${key}`;
    if (district) {
      name = `${name} ${pinyinWord(district.name)} ${district.unit === '区' ? 'District' : 'County'}`;
      bodyKey = `${place.zh}${district.name}${district.unit}:${key}`;
    }
    // 珠海市公安局香洲分局: a branch is a body of its own.
    const branch = key === 'police' ? /^([\u4e00-\u9fff]{2,3}?)分局/.exec(text.slice(end, end + 6)) : null;
    if (branch) {
      name = `${name} ${pinyinWord(branch[1]!)}`;
      bodyKey = `${bodyKey}:${branch[1]}`;
      end += branch[0].length;
      BODY_WORD.lastIndex = end;
    }
    found.push({ start, end, key: `local:${bodyKey}`, en: `${name} ${en}`, country: place.country ?? 'china' });
  }
  return found;
}
