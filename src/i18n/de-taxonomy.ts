/**
 * Labels of the guide's fixed vocabularies: item kinds, self-check dimensions, departments and audiences
 * (`src/data/taxonomy.ts`, where the ids live) and the self-check's scale (`src/lib/scale.ts`). Shaped like the
 * records that use them rather than as flat keys: the self-check and the comparison carry these labels, and flat
 * keys would add every key a second time to islands that must stay under 60 KB. It imports nothing, so the build
 * scripts can read it in Node as well.
 */
export const taxonomy = {
  /** Singular and plural of each item kind. */
  kinds: {
    empfehlung: { one: 'Empfehlung', many: 'Empfehlungen' },
    hinweis: { one: 'Hinweis', many: 'Hinweise' },
    beispiel: { one: 'Beispiel', many: 'Beispiele' },
    gelingensfaktor: { one: 'Gelingensfaktor', many: 'Gelingensfaktoren' },
    hindernis: { one: 'Hindernis', many: 'Hindernisse' },
    reflexionsfrage: { one: 'Reflexionsfrage', many: 'Reflexionsfragen' },
  },
  /** Dimensions of the self-check. */
  dimensions: {
    konzept: 'Konzept',
    personal: 'Stellenbeschreibung und Personalressourcen',
    foerderung: 'Förderformen und Budget',
    raeume: 'Räume',
    qualifizierung: 'Qualifizierung und Beratung',
    gremien: 'Gremien und Arbeitskreise',
    themen: 'Themen des Austauschs',
    formen: 'Formen der Zusammenarbeit',
    verwaltung: 'Zusammenarbeit über das Integrationsressort hinaus',
    gelingen: 'Gelingensfaktoren',
  },
  /** Departments that answer the self-check. */
  departments: {
    integration: 'Integration (Integrationsbeauftragte, Fachstelle für Integration)',
    jugend: 'Jugend, Erziehung, Bildung',
    kultur: 'Kultur',
    soziales: 'Soziales, Gesundheit, Seniorenarbeit',
    stadtplanung: 'Stadtplanung und Quartiersentwicklung',
    wirtschaft: 'Arbeits- und Wirtschaftsförderung',
    sport: 'Sport',
    andere: 'Ein anderer Fachbereich',
  },
  /** The three audiences of the site. */
  audiences: {
    kommune: 'Integrationsbeauftragte und Verwaltung',
    moderation: 'Moderation von Workshops',
    mo: 'Migrantenorganisationen',
  },
  /** The rating scale, levels 0–3. */
  rating: ['gar nicht', 'ansatzweise', 'überwiegend', 'vollständig'],
  /** Importance 1–3. */
  importance: { 1: 'gering', 2: 'mittel', 3: 'hoch' },
} as const;
