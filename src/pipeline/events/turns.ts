/**
 * Speaking turns of a transcript (press conference, interview). A paragraph
 * that opens with a short label and a colon is a turn: "毛宁：…", "答：…",
 * "A: …" answer; "法新社记者：…", "问：…", "Q: …" ask. The label says who
 * speaks; it is not part of what is said, and an outlet that asks takes no
 * part in what it asks about. A question reports nothing, whatever its
 * words: "中方对此有何回应？" is no statement by China.
 */

export type TurnKind = 'question' | 'answer';

export interface Turn {
  kind: TurnKind;
  /** Where the label starts and ends (its colon included), in the paragraph's offsets. */
  start: number;
  end: number;
  /** The label without its colon: 毛宁, 答, 法新社记者, Q. */
  label: string;
  /** Whether the label names the speaker (毛宁), rather than only the role (答, A). */
  named: boolean;
}

// Leading space is allowed; the label itself holds no punctuation or digits
// (2月6日：, 据报道： are no speakers) and stays short.
const ZH_LABEL = /^\s*([\p{Script=Han}·•]{1,12})：/u;
const EN_LABEL = /^\s*([A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3}):\s/;

const ZH_QUESTION = /^(?:问|记者问|提问)$|记者$/;
const ZH_ANSWER = /^(?:答|回答)$/;
const EN_QUESTION = /^(?:Q|Question)$/;
const EN_ANSWER = /^(?:A|Answer)$/;
// A spokesperson introduced by title is a named speaker too: 外交部发言人毛宁.
const ZH_SPOKESPERSON = /发言人[\p{Script=Han}·]{2,6}$/u;

/**
 * The turn a paragraph opens, if any. `isPerson` says whether a label is
 * (exactly) a known or learned person's name: only then is "X：" a turn
 * rather than a heading or a lead-in ("总结：", "背景：").
 */
export function parseTurn(paragraph: string, isPerson: (label: string) => boolean): Turn | null {
  const first = paragraph.charCodeAt(paragraph.search(/\S/));
  if (first < 0x80) return englishTurn(paragraph, isPerson);
  const m = ZH_LABEL.exec(paragraph);
  if (!m) return null;
  const label = m[1]!;
  const span = { start: m[0].length - label.length - 1, end: m[0].length, label };
  if (ZH_QUESTION.test(label)) return { kind: 'question', ...span, named: false };
  if (ZH_ANSWER.test(label)) return { kind: 'answer', ...span, named: false };
  if (ZH_SPOKESPERSON.test(label) || isPerson(label)) return { kind: 'answer', ...span, named: true };
  return null;
}

function englishTurn(paragraph: string, isPerson: (label: string) => boolean): Turn | null {
  const m = EN_LABEL.exec(paragraph);
  if (!m) return null;
  const label = m[1]!;
  const start = m[0].indexOf(label);
  const span = { start, end: start + label.length + 1, label };
  if (EN_QUESTION.test(label)) return { kind: 'question', ...span, named: false };
  if (EN_ANSWER.test(label)) return { kind: 'answer', ...span, named: false };
  if (isPerson(label)) return { kind: 'answer', ...span, named: true };
  return null;
}

// 有何回应, 何时能够抵达, 能否证实, 是否会…: the question words of a reporter's question.
const ASKS = /[？?]\s*$|有何|何时|能否|是否|为何|为什么|怎样看|如何看|怎么看/;

/** Whether a sentence of a question turn asks rather than reports. */
export const isQuestion = (sentence: string): boolean => ASKS.test(sentence);
