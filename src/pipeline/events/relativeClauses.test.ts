import { describe, expect, it } from 'vitest';
import { closedRelativeClause, relativeClauses } from './relativeClauses.ts';

/** The relative clause around `date` in `sentence`, as text (null: none, or no main clause after it). */
function clauseAround(sentence: string, date: string): string | null {
  const start = sentence.indexOf(date);
  const span = closedRelativeClause(sentence, start, start + date.length);
  return span ? sentence.slice(span.start, span.end) : null;
}

describe('a relative clause around a date, closed before the main clause goes on', () => {
  it.each([
    ['The three women, who were seized on October 7, 2023, were taken across the border.', 'October 7, 2023', ' who were seized on October 7, 2023'],
    ['Benny Tai, whom the judges called the mastermind of a primary in July 2020, received 10 years.', 'July 2020', ' whom the judges called the mastermind of a primary in July 2020'],
    // Runs to the end of the sentence: no main clause after it.
    ['The law was imposed by Beijing, which acted in June 2020.', 'June 2020', null],
    // …unless it looks further back than the main clause.
    ['Among those released was Khalida Jarrar, 62, who had been held since December 2023.', 'December 2023', ' who had been held since December 2023'],
    // No relative clause: the date is the main clause's.
    ['The trial began in February 2023, and ended in December.', 'February 2023', null],
  ])('%s [%s] → %j', (sentence, date, clause) => expect(clauseAround(sentence, date)).toBe(clause));
});

describe('relative clauses of a sentence, for classification', () => {
  it.each([
    ['Wagner, which Prigozhin has said has about 25,000 fighters, has fought since 2022.', ['which Prigozhin has said has about 25,000 fighters']],
    ['Divers searched for a balloon that a U.S. fighter jet shot down, as talks went on.', ['that a U.S. fighter jet shot down']],
    ['The balloon carried a payload that one official described as the size of a jet.', ['that one official described as the size of a jet']],
    ['It was an episode that has strained relations.', ['that has strained relations']],
    // "that" after a verb of saying, a content noun or a time opens what was said, not a relative clause.
    ['Officials said that the army had attacked.', []],
    ['He issued a warning that troops would come.', []],
    ['Wang told reporters yesterday that the unrest showed foreign meddling.', []],
    ['No relative clause here.', []],
  ])('%s → %j', (sentence, clauses) => expect(relativeClauses(sentence).map((c) => sentence.slice(c.start, c.end))).toEqual(clauses));
});
