/**
 * Survey findings the start page shows „auf einen Blick“: ids of `src/data/figures.yaml`, in display order.
 * (The 32 responses themselves are the base of every figure, named in the lead, not a finding.)
 * Labels and values come from that file; test/content/ways-in.test.ts checks every id exists.
 */
export const keyFindingIds = [
  'konzept-vorhanden',
  'stellenbeschreibung-vorhanden',
  'raeume-begegnungsraeume',
  'qualifizierung-angebote',
  'ebenen-arbeitsgremien',
  'ebenen-dachverbaende-arbeitskreise',
  'initiative-fachbereiche-integration',
] as const;

/**
 * Support municipalities offer migrant organisations, with the figures that say how common it is (ids of
 * `src/data/figures.yaml`), for /fuer-migrantenorganisationen/.
 */
export const supportFigureIds = {
  foerderung: ['foerderformen-richtlinien', 'foerderformen-flexibles-budget', 'foerderformen-institutionell'],
  raeume: ['raeume-begegnungsraeume', 'raeume-mehrere-formen', 'raeume-keine-form'],
  qualifizierung: ['qualifizierung-angebote'],
  gremien: ['ebenen-arbeitsgremien', 'ebenen-dachverbaende-arbeitskreise'],
  ansprechpersonen: [
    'konzept-vorhanden',
    'stellenbeschreibung-vorhanden',
    'initiative-migrantenorganisationen',
  ],
} as const;
