import { describe, expect, it } from 'vitest';
import { isQuestion, parseTurn } from './turns.ts';

// Stands in for the actor registry: these labels are people it knows.
const PEOPLE = new Set(['毛宁', '汪文斌', 'Ned Price']);
const isPerson = (label: string) => PEOPLE.has(label);

describe('parseTurn: who holds the floor', () => {
  it.each([
    ['毛宁：经核实，该飞艇来自中国。', 'answer', '毛宁', true],
    ['答：关于美菲防务合作，我们已经表明了立场。', 'answer', '答', false],
    // A spokesperson introduced by title names the speaker even when the name is new.
    ['外交部发言人赵立坚：中方坚决反对。', 'answer', '外交部发言人赵立坚', true],
    ['法新社记者：美国国防部称，美军战斗机击落了中国无人飞艇。', 'question', '法新社记者', false],
    ['总台央视记者：土耳其南部发生强烈地震。', 'question', '总台央视记者', false],
    ['问：菲律宾总统将对日本进行正式访问。', 'question', '问', false],
    ['Q: Will the minister travel to Seoul?', 'question', 'Q', false],
    ['A: The minister will travel on Monday.', 'answer', 'A', false],
    ['Ned Price: We have seen the reports.', 'answer', 'Ned Price', true],
  ])('%s → %s by %s', (paragraph, kind, label, named) => {
    const turn = parseTurn(paragraph, isPerson)!;
    expect({ kind: turn.kind, label: turn.label, named: turn.named }).toEqual({ kind, label, named });
    expect(paragraph.slice(turn.start, turn.end)).toBe(`${label}${paragraph[turn.end - 1]}`);
  });

  it.each([
    // A date, a lead-in or a heading before a colon is no speaker.
    '2月6日：外交部发言人主持例行记者会。',
    '据报道：双方可能达成协议。',
    '背景：抗议活动已持续两周。',
    // A name nobody knows, with no title: a heading rather than a turn.
    '张三：一个普通人的故事',
    'SEOUL, Nov. 18 (Yonhap) -- North Korea fired a missile.',
    'Note: the figures are provisional.',
    // No colon near the start: an ordinary paragraph.
    '毛宁表示，中方对此坚决反对：这是原则问题。',
  ])('%s: no turn', (paragraph) => expect(parseTurn(paragraph, isPerson)).toBeNull());
});

describe('isQuestion: a question reports nothing', () => {
  it.each([
    ['中方对此有何回应？', true],
    ['中国救援队何时能够抵达灾区？', true],
    ['中方能否证实', true],
    ['是否会向两国提供援助？', true],
    ['What is your response?', true],
    ['美国国防部称，美军战斗机击落了中国无人飞艇。', false],
    ['埃尔多安总统今天宣布全国哀悼7天。', false],
    ['The Pentagon said a second balloon was flying over Latin America.', false],
  ])('%s → %s', (sentence, asks) => expect(isQuestion(sentence)).toBe(asks));
});
