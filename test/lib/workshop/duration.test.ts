import { describe, expect, test } from 'vitest';
import { t } from '../../../src/i18n/t';
import { ratingScale } from '../../../src/lib/scale';
import { countWords, questionText, selfcheckDuration } from '../../../src/lib/workshop/duration';
import { catalogue } from '../../fixtures/catalogue';

describe('countWords', () => {
  test.each([
    ['Ein Konzept – beschlossen', 3],
    ['Stufe 1 gilt ab 1 Ziel', 6],
    ['„Weiß nicht“', 2],
    ['  Vernetzung\n und  Räume ', 3],
    ['', 0],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('questionText', () => {
  test('a rating shows its statement, help, the four steps and the special answers', () => {
    const rating = catalogue[2]?.questions[0];
    if (rating === undefined) throw new Error('fixture without rating');
    expect(questionText(rating)).toEqual([
      'Gegenseitige Wertschätzung',
      'Hilfe',
      ...ratingScale,
      t('selbstcheck.or'),
      t('selbstcheck.unknown'),
    ]);
  });
});

describe('selfcheckDuration', () => {
  const estimate = { wordsPerMinute: 150, secondsPerQuestion: 60, secondsPerSetting: 30 };
  const duration = selfcheckDuration(catalogue, estimate);

  test('counts the questions without and with follow-ups, and two settings per dimension', () => {
    expect(duration.least.questions).toBe(5);
    expect(duration.most.questions).toBe(6);
    expect(duration.settings).toBe(6);
  });

  test('the longest way reads the follow-up in addition: its text, help, choices and special answers', () => {
    // „Welche Ziele stehen im Konzept?“ 5, „Hilfe“ 1, three choices 3, „Nichts davon“ 2, „oder“ 1,
    // „Weiß nicht“ 2, „Trifft nicht zu“ 3 (offered by default): 17 words.
    expect(duration.most.words - duration.least.words).toBe(17);
  });

  test('adds reading time at the stated speed to the time for each answer, rounded up to whole minutes', () => {
    const minutes = (words: number, questions: number) =>
      Math.ceil(((words / 150) * 60 + questions * 60 + 6 * 30) / 60);
    expect(duration.most.minutes).toBe(minutes(duration.most.words, 6));
    expect(duration.least.minutes).toBe(minutes(duration.least.words, 5));
  });

  test('rounds any part of a minute up: 9 minutes of answering and a moment of reading give 10', () => {
    const answering = selfcheckDuration(catalogue, { ...estimate, wordsPerMinute: 1_000_000 });
    // 6 questions × 60 s + 6 settings × 30 s = 9 minutes; 5 questions: 8 minutes.
    expect(answering.most.minutes).toBe(10);
    expect(answering.least.minutes).toBe(9);
  });
});
