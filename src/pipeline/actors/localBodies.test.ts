import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { localBodiesIn } from './localBodies.ts';

const bodies = (text: string) => {
  const folded = foldText(text);
  return localBodiesIn(folded).map((b) => [folded.slice(b.start, b.end), b.en]);
};

describe('localBodiesIn', () => {
  it.each<[string, [string, string][]]>([
    ['据珠海市公安局昨晚发布的警情通报，', [['珠海市公安局', 'Zhuhai police']]],
    ['珠海警方12日通报称，', [['珠海警方', 'Zhuhai police']]],
    ['珠海市公安局香洲分局发布首份警情通报称', [['珠海市公安局香洲分局', 'Zhuhai Xiangzhou police']]],
    ['上海市政府10日宣布', [['上海市政府', 'Shanghai government']]],
    ['广东省应急管理厅发布通知', [['广东省应急管理厅', 'Guangdong Emergency Management Department']]],
    ['武汉市卫健委9日通报', [['武汉市卫健委', 'Wuhan Health Commission']]],
    ['珠海市中级人民法院一审判处', [['珠海市中级人民法院', "Zhuhai Intermediate People's Court"]]],
    ['广东省珠海市香洲区人民法院', [['广东省珠海市香洲区人民法院', "Zhuhai Xiangzhou District People's Court"]]],
    ['新疆维吾尔自治区人民政府新闻办公室举行发布会', [['新疆维吾尔自治区人民政府新闻办公室', 'Xinjiang Information Office']]],
    ['昆山市公安局通报', [['昆山市公安局', 'Kunshan police']]],
    // Traditional script folds to the same body.
    ['珠海市公安局香洲分局發布通報', [['珠海市公安局香洲分局', 'Zhuhai Xiangzhou police']]],
    // Taiwan's counties and cities, in their own English.
    ['花蓮縣政府說，仍有600多名旅客受困', [['花莲县政府', 'Hualien County government']]],
    ['台北市警察局表示', [['台北市警察局', 'Taipei City police']]],
    ['西安警方和咸阳消防赶赴现场', [['西安警方', "Xi'an police"], ['咸阳消防', 'Xianyang Fire and Rescue']]],
  ])('%s', (text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });

  it.each([
    // No place, or a place not followed by a body.
    '中国政府表示',
    '该市公安局表示',
    '珠海市体育中心发布通知',
    // A short form is no place before 政府; a county-level city's short form is none at all.
    '上海政府宣布',
    '合作警方',
    // The ministry, a firefighter: not local bodies.
    '北京公安部表示',
    '珠海消防员赶到',
    '香港警方拘捕',
  ])('%s names no local body', (text) => {
    expect(bodies(text)).toEqual([]);
  });
});
