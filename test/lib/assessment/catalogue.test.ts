import { describe, expect, test } from 'vitest';
import { catalogueFromSelfcheck, questionShapes } from '../../../src/lib/assessment/catalogue';
import type { SelfcheckDimension } from '../../../src/schemas/selfcheck';
import { catalogue } from '../../fixtures/assessments/catalogue';

const source = { chapter: 'befragung', anchor: 'x' } as const;
const level = (label: string) => ({ label, description: label });

/** One dimension of the site's self-check data, as `src/data/selfcheck.yaml` holds it. */
const selfcheck: SelfcheckDimension[] = [
  {
    id: 'raeume',
    intro: 'Räume',
    levels: [level('Keine'), level('Wie andere Vereine'), level('Vorrangig für MO'), level('Zentrum')],
    questions: [
      {
        id: 'raeume-stand',
        kind: 'single',
        text: 'Stellen Sie Räume bereit?',
        help: 'Hilfe',
        source,
        notApplicable: true,
        options: [
          { id: 'nein', label: 'Nein', level: 0, recommendations: ['raeume-bereitstellen'] },
          { id: 'ja', label: 'Ja', level: 2, recommendations: [] },
        ],
      },
      {
        id: 'raeume-formen',
        kind: 'multi',
        text: 'Welche Räume?',
        help: 'Hilfe',
        source,
        notApplicable: false,
        thresholds: [1, 2, 3],
        choices: [
          { id: 'analog', label: 'Wie andere Vereine', recommendationsIfMissing: [] },
          { id: 'zentrum', label: 'Zentrum', recommendationsIfMissing: ['zentrum'] },
        ],
      },
      {
        id: 'raeume-zufrieden',
        kind: 'rating',
        text: 'Die Räume genügen.',
        help: 'Hilfe',
        source,
        notApplicable: true,
        recommendations: [],
      },
    ],
  },
];

describe('catalogueFromSelfcheck', () => {
  test('keeps only what export and import need, with the dimension name from the taxonomy', () => {
    expect(catalogueFromSelfcheck(selfcheck)).toEqual({
      dimensions: [
        {
          id: 'raeume',
          label: 'Räume',
          levels: ['Keine', 'Wie andere Vereine', 'Vorrangig für MO', 'Zentrum'],
          questions: [
            {
              id: 'raeume-stand',
              text: 'Stellen Sie Räume bereit?',
              kind: 'single',
              notApplicable: true,
              options: [
                { id: 'nein', label: 'Nein', level: 0 },
                { id: 'ja', label: 'Ja', level: 2 },
              ],
            },
            {
              id: 'raeume-formen',
              text: 'Welche Räume?',
              kind: 'multi',
              notApplicable: false,
              thresholds: [1, 2, 3],
              choices: [
                { id: 'analog', label: 'Wie andere Vereine' },
                { id: 'zentrum', label: 'Zentrum' },
              ],
            },
            { id: 'raeume-zufrieden', text: 'Die Räume genügen.', kind: 'rating', notApplicable: true },
          ],
        },
      ],
    });
  });
});

describe('questionShapes', () => {
  test('lists every question with the ids its answers may use', () => {
    expect(questionShapes(catalogue)).toEqual([
      {
        id: 'konzept-stand',
        kind: 'single',
        optionIds: ['kein', 'entwurf', 'papier', 'beschlossen'],
        choiceIds: undefined,
        notApplicable: undefined,
      },
      {
        id: 'raeume-formen',
        kind: 'multi',
        optionIds: undefined,
        choiceIds: ['analog', 'primaer', 'zentrum'],
        notApplicable: undefined,
      },
      {
        id: 'themen-austausch',
        kind: 'multi',
        optionIds: undefined,
        choiceIds: ['rassismus', 'kultur', 'bildung', 'sport'],
        notApplicable: undefined,
      },
      {
        id: 'gelingen-wertschaetzung',
        kind: 'rating',
        optionIds: undefined,
        choiceIds: undefined,
        notApplicable: false,
      },
    ]);
  });
});
