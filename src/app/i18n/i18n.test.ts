import { describe, expect, it } from 'vitest';
import { cameoName } from './cameo.ts';
import { figureAmount } from './eventText.ts';
import { formatCount, LANGS, LOCALE, MESSAGES, pickLang } from './messages.ts';

describe('pickLang', () => {
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-Hant-TW'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'de'], 'en'],
    [['fr-FR', 'zh'], 'zh'],
    [[], 'en'],
  ] as const)('%j → %s', (languages, lang) => {
    expect(pickLang(languages)).toBe(lang);
  });
});

describe('messages', () => {
  it('has every English message in Chinese too', () => {
    expect(Object.keys(MESSAGES.zh).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });
  it('counts matches in both languages', () => {
    expect(MESSAGES.en.matching(3, 22)).toBe('3 of 22 events');
    expect(MESSAGES.en.matching(22, 22)).toBe('22 events');
    expect(MESSAGES.zh.matching(3, 22)).toBe('22 个事件中的 3 个');
  });
});

describe('counts', () => {
  it('are written with thousands separators, in both languages', () => {
    expect(MESSAGES.en.matching(10_000, 10_000)).toBe('10,000 events');
    expect(MESSAGES.en.matching(1_234, 100_000)).toBe('1,234 of 100,000 events');
    expect(MESSAGES.en.earlier(2_500)).toBe('2,500 earlier');
    expect(MESSAGES.zh.matching(10_000, 10_000)).toBe('共 10,000 个事件');
    expect(MESSAGES.zh.cluster(12_345, '2022年1月')).toBe('12,345 个事件，2022年1月。放大查看');
    expect(MESSAGES.en.matching(30, 30)).toBe('30 events');
  });
  it.each(LANGS)('write whole numbers without Intl exactly as Intl would (%s)', (lang) => {
    const intl = new Intl.NumberFormat(LOCALE[lang]);
    for (const n of [...Array(1_200).keys(), 9_999, 10_000, 99_999, 100_000, 123_456, 1_000_000, 12_345_678, Number.MAX_SAFE_INTEGER, 1.5, 1234.5, -3, -12_345]) expect(formatCount(n, lang)).toBe(intl.format(n));
  });
});

describe('figureAmount', () => {
  it.each([
    [{ value: 164, text: '至少164人', what: 'dead', approx: 'at-least' }, 'at least 164'],
    [{ value: 4000, text: '4000余人', what: 'arrested', approx: 'more-than' }, 'more than 4,000'],
    [{ value: 2300, text: '二千三百人', what: 'peacekeepers' }, '2,300'],
    [{ value: 10, text: '至少数十人', what: 'injured', approx: 'several' }, 'dozens'],
    [{ value: 1000, text: '数千名', what: 'protesters', approx: 'several' }, 'thousands of'],
    [{ value: 10000, text: '数万人', what: 'arrested', approx: 'several' }, 'tens of thousands'],
  ] as const)('%o → %s', (figure, said) => expect(figureAmount(figure)).toBe(said));
});

describe('cameoName', () => {
  it.each([
    ['041', 'en', 'Discuss by telephone'],
    ['041', 'zh', '通电话'],
    ['0411', 'en', 'Discuss by telephone'],
    ['145', 'en', 'Protest violently, riot'],
    ['1711', 'en', 'Coerce'],
    ['99', 'en', null],
  ] as const)('%s in %s is %j', (code, lang, name) => {
    expect(cameoName(code, lang)).toBe(name);
  });
});
