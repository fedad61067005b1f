import { t } from '../../../i18n/t';
import type { QuestionOutcome } from '../../../lib/scoring';

/** The answer to a question in words, as the summary and the printout show it. */
export function answerText(outcome: QuestionOutcome | undefined): string {
  switch (outcome?.state) {
    case 'answered':
      return outcome.answer;
    case 'unknown':
      return t('selbstcheck.unknown');
    case 'not-applicable':
      return t('selbstcheck.notApplicable');
    default:
      return t('selbstcheck.notAnswered');
  }
}
