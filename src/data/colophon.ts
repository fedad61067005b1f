/**
 * The paper's title and its closing block (from „Redaktion“ to the end), in the paper's wording: /quelle/ shows
 * them, and `test/content/completeness.test.ts` finds every sentence of them there as in the source text.
 */
export const colophon = {
  /** Who publishes the paper, as its title page names it. */
  publisher: 'Kommunaler Qualitätszirkel zur Integrationspolitik',
  /** The paper's title. */
  title: 'Empfehlungen zur Zusammenarbeit mit Migrantenorganisationen auf kommunaler Ebene',
  /** The heading of the closing block. */
  heading: 'Redaktion',
  /** The lines under „Redaktion“ before the contact, one paragraph each. */
  editors: [
    'Kevin Gurka & Gari Pavković',
    '(Abteilung Integrationspolitik der Landeshauptstadt Stuttgart)',
    'in Zusammenwirken mit den Mitgliedern des Kommunalen Qualitätszirkels zur Integrationspolitik',
  ],
  /** The contact address after „Kontakt:“. */
  contact: 'sip@stuttgart.de',
  /** The date after „Stand:“. */
  date: 'Juli 2023',
  /** The paragraphs about the Qualitätszirkel that close the paper. */
  about: [
    'Der bundesweite Arbeitskreis Kommunalen Qualitätszirkel zur Integrationspolitik ist ein Zusammenschluss aus über 30 Kommunen und Landkreisen, von Fachleuten aus Bundesbehörden und anderen überregionalen Einrichtungen und Gremien sowie aus Stiftungen und Forschung.',
    'Der Kommunale Qualitätszirkel tagt zweimal pro Jahr zu aktuellen und langfristigen integrationspolitischen Themen. Der kollegiale und kritische Diskurs mit Einbindung der Wissenschaft bildet die Grundlage für die Erarbeitung von Handlungsempfehlungen zur Integrationsarbeit, die sich an weitere Städte und Landkreise richten.',
  ],
} as const;
