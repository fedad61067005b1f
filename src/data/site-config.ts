/**
 * Who publishes this site. A municipality that hosts the guide fills in this one file; every value still in
 * square brackets („[Name der Kommune]“) is a placeholder and is shown as such on the Impressum, the
 * accessibility statement and the privacy page (see `isPlaceholder`).
 */
export const siteConfig = {
  /** Publisher (Herausgeber): the municipality or body that runs this site. */
  publisher: '[Name der Kommune]',
  /** Department responsible, e.g. the integration office. */
  department: '[Name der Dienststelle, z. B. Stabsstelle Integration]',
  /** Postal address, one line per entry. */
  address: ['[Straße und Hausnummer]', '[Postleitzahl und Ort]'],
  /** General phone number. */
  phone: '[Telefonnummer]',
  /** General e-mail address. */
  email: '[E-Mail-Adresse]',
  /** Person responsible for the content (Verantwortlich nach § 18 Abs. 2 MStV). */
  responsible: '[Name, Funktion und Anschrift der verantwortlichen Person]',
  /** Legal form and representation, e.g. „Körperschaft des öffentlichen Rechts, vertreten durch …“. */
  legalForm:
    '[Rechtsform und Vertretung, z. B. Körperschaft des öffentlichen Rechts, vertreten durch die Oberbürgermeisterin]',
  /** VAT identification number, if any. */
  vatId: '[Umsatzsteuer-Identifikationsnummer, falls vorhanden]',
  /** Supervisory authority. */
  supervisoryAuthority: '[Zuständige Aufsichtsbehörde]',
  /** Contact for feedback on accessibility (Feedback-Mechanismus). */
  feedbackEmail: '[E-Mail-Adresse für Rückmeldungen zur Barrierefreiheit]',
  /** Data protection officer of the publisher. */
  dataProtectionOfficer: '[Name und Kontakt der oder des Datenschutzbeauftragten]',
  /** Who hosts the site and what its server logs contain and for how long. */
  hosting:
    '[Name des Hosting-Dienstleisters; welche Daten die Server-Protokolle enthalten und wie lange sie gespeichert werden]',
  /** The arbitration body (Schlichtungsstelle) of the publisher's Land, for a municipal host. */
  landArbitration: '[Schlichtungsstelle des Landes, in dem die Kommune liegt: Name, Anschrift, Website]',
  /** Date of the accessibility statement, ISO format. */
  statementDate: '2026-11-25',
} as const;

/** Whether a configured value is still the placeholder shipped with the site. */
export function isPlaceholder(value: string): boolean {
  return /^\[.*\]$/.test(value.trim());
}
