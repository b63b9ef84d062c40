/**
 * Actor names the corpus generator swaps, grouped by kind so a foreign
 * minister is replaced by another foreign minister. Each name carries the
 * Latin spelling Chinese news puts in full-width brackets after it, so
 * 托卡耶夫（Kassym-Schomart Tokajew） becomes 拜登（Joe Biden） as a whole.
 * The titles around the names are left alone: the text need not be true,
 * only shaped like news.
 */
import type { Rng } from './prng.ts';

export interface SwapName {
  zh: string;
  latin: string;
}

export const SWAP_GROUPS: Record<string, SwapName[]> = {
  foreignMinister: [
    { zh: '王毅', latin: 'Wang Yi' },
    { zh: '拉夫罗夫', latin: 'Sergey Lavrov' },
    { zh: '布林肯', latin: 'Antony Blinken' },
    { zh: '林芳正', latin: 'Yoshimasa Hayashi' },
    { zh: '贝尔伯克', latin: 'Annalena Baerbock' },
    { zh: '苏杰生', latin: 'Subrahmanyam Jaishankar' },
    { zh: '特列乌别尔季', latin: 'Mukhtar Tleuberdi' },
    { zh: '勒德里昂', latin: 'Jean-Yves Le Drian' },
    { zh: '恰武什奥卢', latin: 'Mevlüt Çavuşoğlu' },
  ],
  leader: [
    { zh: '普京', latin: 'Vladimir Putin' },
    { zh: '托卡耶夫', latin: 'Kassym-Schomart Tokajew' },
    { zh: '拜登', latin: 'Joe Biden' },
    { zh: '马克龙', latin: 'Emmanuel Macron' },
    { zh: '朔尔茨', latin: 'Olaf Scholz' },
    { zh: '埃尔多安', latin: 'Recep Tayyip Erdoğan' },
    { zh: '卢卡申科', latin: 'Alexander Lukashenko' },
    { zh: '米尔济约耶夫', latin: 'Shavkat Mirziyoyev' },
    { zh: '泽连斯基', latin: 'Volodymyr Zelensky' },
  ],
  spokesperson: [
    { zh: '普莱斯', latin: 'Ned Price' },
    { zh: '汪文斌', latin: 'Wang Wenbin' },
    { zh: '赵立坚', latin: 'Zhao Lijian' },
    { zh: '华春莹', latin: 'Hua Chunying' },
    { zh: '扎哈罗娃', latin: 'Maria Zakharova' },
    { zh: '佩斯科夫', latin: 'Dmitry Peskov' },
  ],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A random one-to-one renaming within each group, applied in one pass. */
export function createSwapper(rng: Rng): (text: string) => string {
  const map = new Map<string, SwapName>();
  for (const group of Object.values(SWAP_GROUPS)) {
    const shuffled = rng.shuffle(group);
    group.forEach((name, i) => map.set(name.zh, shuffled[i]!));
  }
  // Longest first, so a long name is never read as a shorter name inside it.
  const names = [...map.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(${names.join('|')})(（[^）]{1,60}）)?`, 'g');
  return (text) =>
    text.replace(pattern, (_, zh: string, bracket: string | undefined) => {
      const to = map.get(zh)!;
      return bracket ? `${to.zh}（${to.latin}）` : to.zh;
    });
}
