import { describe, expect, test } from 'vitest';
import { catalogueFor } from '../../../src/lib/selfcheck/department';
import { selfcheckResult } from '../../../src/lib/selfcheck/result';
import { realContext } from '../../fixtures/selfcheck-context';

const context = realContext();
const question = (catalogue: typeof context.catalogue, id: string) =>
  catalogue.flatMap((dimension) => dimension.questions).find((candidate) => candidate.id === id);

describe('the self-check as another department reads it', () => {
  test('asks about „Ihr Fachbereich“ where the paper’s question speaks of the integration office', () => {
    expect(question(catalogueFor(context.catalogue, 'jugend'), 'personal-anteil')?.text).toBe(
      'Welchen Anteil seiner Personalressourcen wendet Ihr Fachbereich für die Zusammenarbeit mit Migrantenorganisationen auf?',
    );
    expect(question(catalogueFor(context.catalogue, 'integration'), 'personal-anteil')?.text).toContain(
      'der Fachbereich für Integration',
    );
    expect(question(catalogueFor(context.catalogue, undefined), 'personal-anteil')?.text).toContain(
      'der Fachbereich für Integration',
    );
  });

  test('compares a department with the surveyed integration offices only where the survey counted municipalities', () => {
    const answers = { 'personal-anteil': '11-bis-25', 'konzept-stand': 'kein' };
    const integration = selfcheckResult({ answers, settings: {}, department: 'integration' }, context);
    const youth = selfcheckResult({ answers, settings: {}, department: 'jugend' }, context);
    expect(integration.standings.personal?.map((s) => s.text).join()).toContain(
      'Fachbereichen für Integration',
    );
    expect(youth.standings.personal).toEqual([]);
    // A municipality without a concept is that, whoever answers.
    expect(youth.standings.konzept).toEqual(integration.standings.konzept);
  });
});
