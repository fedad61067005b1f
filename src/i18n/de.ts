/**
 * All UI text of the site, ARIA labels included, under flat dotted keys.
 * Text of the paper itself lives in `src/content/` and `src/data/`, never here.
 */
import { charts } from './de-charts';
import { selbstcheck } from './de-selbstcheck';

export const de = {
  ...selbstcheck,
  ...charts,
  'site.name': 'Leitfaden Migrantenorganisationen',
  'site.tagline':
    'Interaktive Ausgabe der Empfehlungen zur Zusammenarbeit mit Migrantenorganisationen auf kommunaler Ebene',
  'skip.main': 'Zum Inhalt springen',
  'nav.label': 'Hauptnavigation',
  'nav.start': 'Start',
  'nav.leitfaden': 'Leitfaden',
  'nav.empfehlungen': 'Empfehlungen',
  'nav.selbstcheck': 'Selbstcheck',
  'nav.quelle': 'Quelle',
  'breadcrumbs.label': 'Sie sind hier',
  'chapters.label': 'Kapitel des Leitfadens',
  'toc.heading': 'Auf dieser Seite',
  'pager.label': 'Kapitel blättern',
  'pager.prev': 'Vorheriges Kapitel',
  'pager.next': 'Nächstes Kapitel',
  'footer.label': 'Service',
  'footer.source': 'Quelle und Redaktion',
  'footer.edition':
    'Interaktive Ausgabe des Papiers des Kommunalen Qualitätszirkels zur Integrationspolitik (Stand: Juli 2023).',
  'footer.privacy':
    'Diese Website setzt keine Cookies, lädt nichts von anderen Servern und speichert nur etwas, wenn Sie es ausdrücklich wünschen.',
  'search.label': 'Suche',
  'search.input': 'Suchbegriff',
  'search.submit': 'Suchen',
  'search.heading': 'Suche',
  'search.results': 'Suchergebnisse',
  'search.empty': 'Bitte geben Sie einen Suchbegriff ein.',
  'search.error': 'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
  'search.noscript':
    'Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle Empfehlungen, Gelingensfaktoren, Hindernisse und Reflexionsfragen im Verzeichnis:',
  'items.permalink': 'Link',
  'items.permalinkTarget': 'zu {that} {kind}',
  'items.chapter': 'Kapitel',
  'items.dimensions': 'Selbstcheck-Dimensionen',
  'items.audiences': 'Zielgruppen',
  'items.index': 'Alle Empfehlungen',
  'filters.label': 'Filter',
  'filters.all': 'Alle anzeigen',
  'filters.skip': 'Direkt zu den Einträgen',
  'filters.kind': 'Art',
  'filters.chapter': 'Thema (Kapitel)',
  'filters.dimension': 'Selbstcheck-Dimension',
  'filters.audience': 'Zielgruppe',
  'filters.active': 'Gefiltert nach {facet}: {value}',
  'figures.value': 'Wert',
  'figures.finding': 'Befund',
  'figures.derived': 'abgeleitet',
  'figures.rank': 'Rang {rank}',
  'figures.countOf': '{value} von {of}',
  'figures.sources': 'Quelle im Papier',
  'quote.source': 'Quelle',
  'assessment.error.file.tooLarge':
    'Die Datei ist größer als 1 MB und wird nicht geladen. Ein exportierter Selbstcheck ist nur wenige Kilobyte groß: Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben.',
  'assessment.error.file.notJson':
    'Die Datei ist kein gültiges JSON und kann nicht gelesen werden. Bitte wählen Sie die JSON-Datei, die Sie aus dem Selbstcheck exportiert haben.',
  'assessment.error.file.csv':
    'Diese Datei ist die Tabelle (CSV) eines Selbstchecks; sie dient zum Weiterarbeiten in einer Tabellenkalkulation und kann nicht geladen werden. Bitte wählen Sie die JSON-Datei des Selbstchecks.',
  'assessment.error.file.foreign':
    'Diese Datei ist kein Selbstcheck des Leitfadens. Bitte wählen Sie eine JSON-Datei, die Sie aus dem Selbstcheck exportiert haben.',
  'assessment.error.file.version':
    'Diese Datei stammt aus einer neueren oder unbekannten Version des Selbstchecks (Version {version}) und kann hier nicht gelesen werden. Laden Sie die Seite neu, um die aktuelle Fassung des Leitfadens zu verwenden.',
  'assessment.error.file.forbiddenKey':
    'Diese Datei enthält den unzulässigen Feldnamen „{key}“ und wird aus Sicherheitsgründen nicht geladen.',
  'assessment.error.link.empty':
    'Dieser Link enthält keinen Selbstcheck. Ein geteilter Selbstcheck-Link endet mit „#s=“ und einer langen Zeichenfolge: Bitte kopieren Sie den Link vollständig.',
  'assessment.error.link.damaged':
    'Dieser Link ist beschädigt oder unvollständig und kann nicht gelesen werden. Bitte kopieren Sie den Link noch einmal vollständig.',
  'assessment.error.link.tooLarge': 'Dieser Link enthält mehr als 1 MB Daten und wird nicht geladen.',
  'assessment.error.link.foreign': 'Dieser Link enthält keinen Selbstcheck des Leitfadens.',
  'assessment.error.link.version':
    'Dieser Link stammt aus einer neueren oder unbekannten Version des Selbstchecks (Version {version}) und kann hier nicht gelesen werden. Laden Sie die Seite neu, um die aktuelle Fassung des Leitfadens zu verwenden.',
  'assessment.error.link.forbiddenKey':
    'Dieser Link enthält den unzulässigen Feldnamen „{key}“ und wird aus Sicherheitsgründen nicht geladen.',
  'assessment.error.versionUnknown': 'unbekannt',
  'assessment.error.invalid': 'Der Selbstcheck kann nicht geladen werden. {detail}',
  'assessment.error.more': '(Außerdem: {count}.)',
  'assessment.error.moreOne': 'weiterer Fehler',
  'assessment.error.moreOther': 'weitere Fehler',
  'assessment.error.unknownFields': 'Er enthält Angaben, die es in diesem Format nicht gibt: {keys}.',
  'assessment.error.name.type': 'Der Name muss ein Text sein.',
  'assessment.error.name.empty': 'Der Name ist leer.',
  'assessment.error.name.tooLong': 'Der Name ist zu lang: Erlaubt sind höchstens 80 Zeichen.',
  'assessment.error.name.markup':
    'Der Name darf kein Markup enthalten, also keine spitzen Klammern < oder >.',
  'assessment.error.name.control':
    'Der Name darf keine Steuerzeichen wie Zeilenumbrüche oder Tabulatoren enthalten.',
  'assessment.error.date':
    'Das Datum fehlt oder ist ungültig: Es muss die Form JJJJ-MM-TT haben, zum Beispiel 2026-11-25.',
  'assessment.error.answers': 'Die Antworten fehlen oder haben nicht die Form „Frage-ID: Antwort“.',
  'assessment.error.questionId':
    '„{id}“ ist keine gültige Frage-ID: Erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche.',
  'assessment.error.answer':
    'Die Antwort auf die Frage „{id}“ ist ungültig: Erlaubt sind eine Antwort-ID, eine Liste von Antwort-IDs oder eine ganze Zahl von 0 bis 3.',
  'assessment.error.answerDuplicate': 'Die Antwort auf die Frage „{id}“ nennt dieselbe Auswahl mehrmals.',
  'assessment.error.answerSingle':
    'Die Antwort auf die Frage „{id}“ ist keine der Antwortmöglichkeiten dieser Frage.',
  'assessment.error.answerMulti':
    'Die Antwort auf die Frage „{id}“ muss eine Liste von Auswahlmöglichkeiten dieser Frage sein.',
  'assessment.error.answerRating': 'Die Antwort auf die Frage „{id}“ muss eine Bewertung von 0 bis 3 sein.',
  'assessment.error.notApplicable': '„Trifft nicht zu“ ist bei der Frage „{id}“ keine mögliche Antwort.',
  'assessment.error.settings': 'Die Einstellungen zu Ziel und Gewichtung haben eine ungültige Form.',
  'assessment.error.settingsDimension': 'Es gibt keine Dimension des Selbstchecks mit der ID {ids}.',
  'assessment.error.settingsFields': 'Zur Dimension „{dimension}“ sind nur Ziel und Gewichtung möglich.',
  'assessment.error.target': 'Das Ziel für die Dimension „{dimension}“ muss 1, 2 oder 3 sein.',
  'assessment.error.importance':
    'Die Gewichtung der Dimension „{dimension}“ muss 1 (gering), 2 (mittel) oder 3 (hoch) sein.',
  'assessment.error.other': 'Die Angabe an der Stelle „{path}“ ist ungültig.',
  'assessment.notice.unknownQuestionsOne':
    '1 Antwort gehört zu einer Frage, die es nicht mehr gibt, und wurde übergangen.',
  'assessment.notice.unknownQuestionsOther':
    '{count} Antworten gehören zu Fragen, die es nicht mehr gibt, und wurden übergangen.',
  'assessment.notice.migrated':
    'Der Selbstcheck stammt aus einer älteren Version (Version {version}) und wurde in das aktuelle Format übertragen.',
  'assessment.storage.unavailable':
    'Der Browser kann auf diesem Gerät nichts speichern, zum Beispiel im privaten Modus oder wegen Einstellungen Ihrer Organisation. Exportieren Sie den Selbstcheck stattdessen als Datei.',
  'assessment.storage.quota':
    'Der Speicher des Browsers auf diesem Gerät ist voll; der Selbstcheck wurde nicht gespeichert. Löschen Sie ältere gespeicherte Selbstchecks oder exportieren Sie ihn als Datei.',
  'assessment.storage.corrupt':
    'Die auf diesem Gerät gespeicherten Selbstchecks sind beschädigt und können nicht gelesen werden. Sie bleiben unverändert, bis Sie erneut speichern oder alle gespeicherten Selbstchecks löschen.',
  'assessment.storage.newer':
    'Die auf diesem Gerät gespeicherten Selbstchecks stammen aus einer neueren Version des Leitfadens und können hier nicht gelesen werden. Laden Sie die Seite neu. Sie bleiben unverändert, bis Sie hier erneut speichern oder alle löschen.',
  'assessment.storage.badEntriesOne':
    '1 gespeicherter Selbstcheck ist beschädigt und wird nicht angezeigt. Er bleibt unverändert, bis Sie erneut speichern oder löschen.',
  'assessment.storage.badEntriesOther':
    '{count} gespeicherte Selbstchecks sind beschädigt und werden nicht angezeigt. Sie bleiben unverändert, bis Sie erneut speichern oder löschen.',
  'assessment.storage.replaced': 'Die beschädigten gespeicherten Daten wurden dabei ersetzt.',
  'assessment.storage.notFound': 'Dieser gespeicherte Selbstcheck ist auf diesem Gerät nicht mehr vorhanden.',
  'assessment.answer.noneTicked': 'nichts angekreuzt',
  'assessment.csv.dimension': 'Dimension',
  'assessment.csv.questionId': 'Frage-ID',
  'assessment.csv.question': 'Frage',
  'assessment.csv.answer': 'Antwort',
  'assessment.csv.level': 'Stufe',
  'assessment.csv.target': 'Ziel (angestrebte Stufe)',
  'assessment.csv.importance': 'Gewichtung',
  'assessment.file.prefix': 'selbstcheck',
  'config.placeholder': 'Platzhalter, noch nicht ausgefüllt',
  'footer.trust': 'Rechtliches und Barrierefreiheit',
  'footer.barrierefreiheit': 'Erklärung zur Barrierefreiheit',
  'footer.datenschutz': 'Datenschutz',
  'footer.impressum': 'Impressum',
  'footer.einfacheSprache': 'Einfache Sprache',
  'footer.glossar': 'Glossar',
  'ways.label': 'Drei Wege in den Leitfaden',
  'ways.kommune': 'Für Integrationsbeauftragte',
  'ways.moderation': 'Für die Moderation von Workshops',
  'ways.mo': 'Für Migrantenorganisationen',
  'findings.heading': 'Ergebnisse der Befragung auf einen Blick',
  'findings.more': 'Alle Ergebnisse im Kapitel „Ergebnisse der Befragung“',
  'summary.heading': 'Kurz gesagt',
  'summary.note':
    'Zusammenfassung in Einfacher Sprache von der Redaktion dieser Website, nicht Teil des Papiers.',
  'readiness.title': 'Kurz-Check für Ihre Organisation',
  'readiness.result': 'Was Sie als Nächstes angehen können',
  'readiness.empty':
    'Beantworten Sie mindestens eine Frage mit „gar nicht“, „ansatzweise“ oder „überwiegend“, dann erscheinen hier passende Stellen aus dem Leitfaden.',
  'readiness.complete':
    'Sie haben allen Aussagen vollständig zugestimmt. Zu diesen Punkten nennt der Leitfaden nichts, was Sie zuerst angehen müssten.',
  'readiness.count': '{answered} von {total} Aussagen beantwortet, {items} passende Stellen im Leitfaden.',
  'readiness.because': 'Weil Sie bei „{question}“ „{answer}“ gewählt haben.',
  'readiness.reset': 'Antworten löschen',
  'readiness.noscript':
    'Die Auswertung des Kurz-Checks braucht JavaScript. Die Fragen können Sie trotzdem lesen; die passenden Stellen finden Sie auch im Kapitel „Wie bewerten die Integrationsbeauftragten die Zusammenarbeit?“.',
  'readiness.privacy':
    'Ihre Antworten bleiben in diesem Browserfenster. Sie werden nicht gespeichert und nicht übertragen.',
  'glossary.quote': 'Zitat aus dem Papier',
  'glossary.explanation': 'Erläuterung der Redaktion',
  'glossary.source': 'Im Leitfaden',
  'glossary.linkHint': 'Begriff im Glossar erklärt',
  'search.open': 'Suche',
  'search.openHint': 'Taste /',
  'search.dialog': 'Im Leitfaden suchen',
  'search.close': 'Suche schließen',
  'search.all': 'Alle Treffer',
  'search.none': 'Keine Treffer für „{query}“. Versuchen Sie ein anderes Wort oder weniger Filter.',
  'search.count': '{count} für „{query}“',
  'search.shown': ', die ersten {shown} werden angezeigt',
  'search.filters': 'Treffer eingrenzen',
  'search.unknownFilter.one': 'Den Filter {values} aus dem Link gibt es nicht; er wurde nicht angewandt. ',
  'search.unknownFilter.other':
    'Die Filter {values} aus dem Link gibt es nicht; sie wurden nicht angewandt. ',
  'search.filter.kapitel': 'Kapitel',
  'search.sections': 'Abschnitte in diesem Kapitel',
  'search.page': 'Seite',
  'search.didYouMean': 'Meinten Sie {suggestion}?',
} as const;

export type UiKey = keyof typeof de;
