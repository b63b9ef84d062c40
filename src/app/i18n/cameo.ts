import type { Lang } from './messages.ts';

/**
 * CAMEO event codes the extractor uses, and the twenty root codes as a
 * fallback, so any code shows a readable name next to the number.
 */
const NAMES: Record<string, [en: string, zh: string]> = {
  '01': ['Make public statement', '发表公开声明'],
  '010': ['Make statement', '发表声明'],
  '017': ['Engage in symbolic act', '象征性行动'],
  '02': ['Appeal', '呼吁'],
  '0234': ['Appeal for peacekeeping', '呼吁维和'],
  '03': ['Express intent to cooperate', '表达合作意向'],
  '04': ['Consult', '磋商'],
  '041': ['Discuss by telephone', '通电话'],
  '042': ['Make a visit', '访问'],
  '05': ['Engage in diplomatic cooperation', '外交合作'],
  '057': ['Sign formal agreement', '签署正式协议'],
  '06': ['Engage in material cooperation', '物质合作'],
  '07': ['Provide aid', '提供援助'],
  '074': ['Provide peacekeeping', '提供维和力量'],
  '08': ['Yield', '让步'],
  '09': ['Investigate', '调查'],
  '10': ['Demand', '要求'],
  '11': ['Disapprove', '不赞成'],
  '111': ['Criticise or denounce', '批评或谴责'],
  '12': ['Reject', '拒绝'],
  '13': ['Threaten', '威胁'],
  '14': ['Protest', '抗议'],
  '141': ['Demonstrate or rally', '示威集会'],
  '145': ['Protest violently, riot', '暴力抗议、骚乱'],
  '15': ['Exhibit force posture', '展示武力'],
  '154': ['Mobilise or increase armed forces', '动员或增加武装力量'],
  '16': ['Reduce relations', '降低关系'],
  '17': ['Coerce', '强制'],
  '173': ['Arrest, detain', '逮捕、拘留'],
  '1724': ['Impose state of emergency', '实施紧急状态'],
  '18': ['Assault', '攻击'],
  '19': ['Fight', '交战'],
  '20': ['Use unconventional mass violence', '大规模暴力'],
  '202': ['Engage in mass killings', '大规模杀戮'],
};

/** The name of a CAMEO code, or of its root when the code itself is not listed. */
export function cameoName(code: string, lang: Lang): string | null {
  const entry = NAMES[code] ?? NAMES[code.slice(0, 3)] ?? NAMES[code.slice(0, 2)];
  return entry ? entry[lang === 'zh' ? 1 : 0] : null;
}
