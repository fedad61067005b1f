/**
 * All UI text of the site, ARIA labels included, under flat dotted keys.
 * Text of the paper itself lives in `src/content/` and `src/data/`, never here.
 */
import { charts } from './de-charts';
import { search } from './de-search';
import { selbstcheck } from './de-selbstcheck';

export const de = {
  ...selbstcheck,
  ...search,
  ...charts,
  'site.name': 'Leitfaden Migrantenorganisationen',
  'site.tagline':
    'Interaktive Ausgabe der Empfehlungen zur Zusammenarbeit mit Migrantenorganisationen auf kommunaler Ebene',
  'skip.main': 'Zum Inhalt springen',
  'nav.label': 'Hauptnavigation',
  'nav.start': 'Startseite',
  'nav.leitfaden': 'Leitfaden',
  'nav.empfehlungen': 'Empfehlungen',
  'nav.selbstcheck': 'Selbstcheck',
  'nav.workshop': 'Workshop',
  'nav.quelle': 'Quelle',
  'breadcrumbs.label': 'Sie sind hier',
  'island.loading': '{what} wird geladen …',
  'island.selfcheck': 'Der Selbstcheck',
  'island.failed':
    '{what} konnte nicht geladen werden. Prüfen Sie die Internetverbindung und versuchen Sie es erneut; nach dem ersten vollständigen Laden funktioniert er auch ohne Netz.',
  'island.retry': 'Erneut versuchen',
  'status.offline':
    'Sie sind offline. Der Leitfaden ist auf diesem Gerät gespeichert und funktioniert weiter.',
  'status.offlineUnsaved':
    'Sie sind offline. Seiten, die Sie noch nicht geöffnet haben, lassen sich erst wieder mit Internetverbindung öffnen.',
  'status.update':
    'Eine neue Version des Leitfadens ist da. Beim Neuladen gehen nicht gespeicherte Eingaben im Selbstcheck verloren.',
  'status.reload': 'Neu laden',
  'status.dismiss': 'Ausblenden',
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
    'Diese Website setzt keine Cookies und lädt nichts von anderen Servern. Damit sie auch ohne Internet funktioniert, legt Ihr Browser eine Kopie von ihr ab; Ihre Eingaben speichert sie dauerhaft nur, wenn Sie es ausdrücklich wünschen.',
  'items.permalink': 'Link zu {that} {kind}',
  'items.chapter': 'Kapitel',
  'items.dimensions': 'Selbstcheck-Dimensionen',
  'items.audiences': 'Zielgruppen',
  'items.index': 'Alle Empfehlungen',
  'items.entryOne': 'Eintrag',
  'items.entryOther': 'Einträge',
  'itemFilters.active': 'Gefiltert nach {filters}',
  'itemFilters.kindQualifier': 'als Art des Eintrags',
  'itemFilters.chapterQualifier': 'als Kapitel',
  'itemFilters.dimensionQualifier': 'im Selbstcheck',
  'itemFilters.audienceQualifier': 'als Zielgruppe',
  'itemFilters.combine':
    'Wählen Sie beliebig viele Filter. Die Liste zeigt dann die Einträge, die in jedem Bereich mit Auswahl zu einem der gewählten Werte passen.',
  'itemFilters.reset': 'Alle Filter entfernen',
  'itemFilters.none': 'Kein Eintrag passt zu allen gewählten Filtern. Entfernen Sie einen Filter.',
  'itemFilters.common': '{facet} „{value}“ gilt für alle Einträge und ist darum kein Filter.',
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
  'assessment.error.file.versionType':
    'Die Datei gibt ihre Version als {kind} an; erwartet wird eine ganze Zahl wie {current}. Bitte wählen Sie die Datei so, wie Sie sie aus dem Selbstcheck exportiert haben.',
  'assessment.error.file.versionMissing':
    'Die Datei gibt nicht an, aus welcher Version des Selbstchecks sie stammt (die Angabe „version“ fehlt), und kann daher nicht gelesen werden.',
  'assessment.error.file.versionUnknown':
    'Die Datei gibt die Version {version} an; diese Version des Selbstchecks gibt es nicht. Erwartet wird eine ganze Zahl wie {current}.',
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
  'assessment.error.link.versionType':
    'Der Link gibt die Version des Selbstchecks als {kind} an; erwartet wird eine ganze Zahl wie {current}. Bitte kopieren Sie den Link noch einmal so, wie er geteilt wurde.',
  'assessment.error.link.versionMissing':
    'Der Link gibt nicht an, aus welcher Version des Selbstchecks er stammt (die Angabe „version“ fehlt), und kann daher nicht gelesen werden.',
  'assessment.error.link.versionUnknown':
    'Der Link gibt die Version {version} an; diese Version des Selbstchecks gibt es nicht. Erwartet wird eine ganze Zahl wie {current}.',
  'assessment.error.link.forbiddenKey':
    'Dieser Link enthält den unzulässigen Feldnamen „{key}“ und wird aus Sicherheitsgründen nicht geladen.',
  'assessment.value.text': 'Text ({value})',
  'assessment.value.decimal': 'Kommazahl ({value})',
  'assessment.value.hugeNumber': 'zu große Zahl',
  'assessment.value.boolean': 'Wahrheitswert ({value})',
  'assessment.value.null': 'leeren Wert (null)',
  'assessment.value.list': 'Liste',
  'assessment.value.object': 'Objekt',
  'assessment.error.invalid': 'Der Selbstcheck kann nicht geladen werden. {detail}',
  'assessment.error.more': '(Außerdem: {count}.)',
  'assessment.error.moreOne': 'weiterer Fehler',
  'assessment.error.moreOther': 'weitere Fehler',
  'assessment.error.unknownFields': 'Er enthält Angaben, die es in diesem Format nicht gibt: {keys}.',
  'assessment.error.name.type': 'Der Name muss ein Text sein.',
  'assessment.error.name.empty': 'Der Name ist leer.',
  'assessment.error.name.tooLong': 'Der Name darf höchstens {max} Zeichen lang sein; er hat {length}.',
  'assessment.error.name.tooLongWide':
    'Der Name darf höchstens {max} Zeichen lang sein; er hat {length}, denn Emoji und manche andere Zeichen zählen doppelt.',
  'assessment.error.name.markup': 'Der Name darf kein Markup enthalten, also keine spitzen Klammern (< >).',
  'assessment.error.name.lineBreak':
    'Der Name darf keinen Zeilenumbruch enthalten. Schreiben Sie ihn in eine Zeile.',
  'assessment.error.name.tab':
    'Der Name darf keinen Tabulator enthalten. Verwenden Sie stattdessen ein Leerzeichen.',
  'assessment.error.name.bidi':
    'Der Name darf keine unsichtbaren Zeichen zur Steuerung der Schreibrichtung enthalten (gefunden: {code}). Geben Sie den Namen am besten neu ein, statt ihn einzufügen.',
  'assessment.error.name.control':
    'Der Name darf keine unsichtbaren Steuerzeichen enthalten (gefunden: {code}). Geben Sie den Namen am besten neu ein, statt ihn einzufügen.',
  'assessment.error.name.surrogate':
    'Der Name enthält ein unvollständiges Zeichen, etwa ein halbes Emoji. Geben Sie den Namen am besten neu ein, statt ihn einzufügen.',
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
    '1 Antwort gehört zu einer Frage, die es in diesem Selbstcheck nicht gibt, und wurde nicht übernommen: {ids}.',
  'assessment.notice.unknownQuestionsOther':
    '{count} Antworten gehören zu Fragen, die es in diesem Selbstcheck nicht gibt, und wurden nicht übernommen: {ids}.',
  'assessment.notice.unknownQuestionsMore': '{ids} und {more} weitere',
  'assessment.notice.migrated':
    'Der Selbstcheck stammt aus einer älteren Version des Formats (Version {version}) und wurde in das aktuelle Format (Version {current}) übertragen.',
  'assessment.notice.version0.unknownOne':
    '1 Antwort ohne Wert (null) wurde als „Weiß nicht“ gelesen, wie es Version 0 vorsah.',
  'assessment.notice.version0.unknownOther':
    '{count} Antworten ohne Wert (null) wurden als „Weiß nicht“ gelesen, wie es Version 0 vorsah.',
  'assessment.notice.version0.importance':
    'Gewichtungen in Worten wurden in Zahlen übertragen: „gering“ als 1, „mittel“ als 2, „hoch“ als 3.',
  'assessment.storage.unavailable':
    'Der Browser kann auf diesem Gerät nichts speichern, zum Beispiel im privaten Modus oder wegen Einstellungen Ihrer Organisation. Exportieren Sie den Selbstcheck stattdessen als Datei.',
  'assessment.storage.quota':
    'Der Speicher des Browsers auf diesem Gerät ist voll; der Selbstcheck wurde nicht gespeichert. Löschen Sie ältere gespeicherte Selbstchecks oder exportieren Sie ihn als Datei.',
  'assessment.storage.corrupt':
    'Die auf diesem Gerät gespeicherten Selbstchecks sind beschädigt und können nicht gelesen werden. Sie bleiben unverändert. Sie können sie mit „Alles auf diesem Gerät löschen“ entfernen; bis dahin kann hier nichts gespeichert werden. Ihre aktuellen Antworten können Sie jederzeit als Datei exportieren.',
  'assessment.storage.versionType':
    'Die auf diesem Gerät gespeicherten Selbstchecks geben ihre Version als {kind} an; erwartet wird eine ganze Zahl wie {current}. Sie können daher nicht gelesen werden und bleiben unverändert. Sie können sie mit „Alles auf diesem Gerät löschen“ entfernen; bis dahin kann hier nichts gespeichert werden. Ihre aktuellen Antworten können Sie jederzeit als Datei exportieren.',
  'assessment.storage.newer':
    'Die auf diesem Gerät gespeicherten Selbstchecks stammen aus einer neueren Version des Leitfadens. Diese Fassung zeigt an, was sie davon lesen kann, verändert aber nichts daran: Speichern und Löschen einzelner Selbstchecks ist hier nicht möglich. Laden Sie die Seite neu, um die aktuelle Fassung zu verwenden, oder exportieren Sie Ihre Antworten als Datei.',
  'assessment.storage.badEntriesOne':
    '1 gespeicherter Selbstcheck ist beschädigt und wird nicht angezeigt. Er bleibt unverändert erhalten, auch wenn Sie andere speichern oder löschen; entfernen lässt er sich nur mit „Alles auf diesem Gerät löschen“.',
  'assessment.storage.badEntriesOther':
    '{count} gespeicherte Selbstchecks sind beschädigt und werden nicht angezeigt. Sie bleiben unverändert erhalten, auch wenn Sie andere speichern oder löschen; entfernen lassen sie sich nur mit „Alles auf diesem Gerät löschen“.',
  'assessment.storage.newerEntriesOne':
    '1 gespeicherter Selbstcheck stammt aus einer neueren Version des Leitfadens und wird hier nicht angezeigt. Er bleibt unverändert erhalten; laden Sie die Seite neu, um ihn mit der aktuellen Fassung zu öffnen.',
  'assessment.storage.newerEntriesOther':
    '{count} gespeicherte Selbstchecks stammen aus einer neueren Version des Leitfadens und werden hier nicht angezeigt. Sie bleiben unverändert erhalten; laden Sie die Seite neu, um sie mit der aktuellen Fassung zu öffnen.',
  'assessment.storage.unknownTimeOne':
    'Bei 1 gespeicherten Selbstcheck ist nicht bekannt, wann er gespeichert wurde; er wird mit „Zeitpunkt unbekannt“ angezeigt.',
  'assessment.storage.unknownTimeOther':
    'Bei {count} gespeicherten Selbstchecks ist nicht bekannt, wann sie gespeichert wurden; sie werden mit „Zeitpunkt unbekannt“ angezeigt.',
  'assessment.storage.savedAtUnknown': 'Zeitpunkt unbekannt',
  'assessment.storage.duplicateIdsOne':
    '1 gespeicherter Selbstcheck hatte dieselbe Kennung wie ein anderer und wird unter einer neuen Kennung angezeigt, damit sich beide getrennt laden und löschen lassen. Die neue Kennung wird beim nächsten Speichern oder Löschen übernommen.',
  'assessment.storage.duplicateIdsOther':
    '{count} gespeicherte Selbstchecks hatten dieselbe Kennung wie ein anderer und werden unter neuen Kennungen angezeigt, damit sich alle getrennt laden und löschen lassen. Die neuen Kennungen werden beim nächsten Speichern oder Löschen übernommen.',
  'assessment.storage.duplicateIdsWrittenOne':
    'Dabei wurde die neue Kennung von 1 gespeicherten Selbstcheck übernommen, dessen Kennung doppelt vergeben war.',
  'assessment.storage.duplicateIdsWrittenOther':
    'Dabei wurden die neuen Kennungen von {count} gespeicherten Selbstchecks übernommen, deren Kennungen doppelt vergeben waren.',
  'assessment.storage.saveRefusedNewer':
    'Der Selbstcheck wurde nicht gespeichert: Die auf diesem Gerät gespeicherten Selbstchecks stammen aus einer neueren Version des Leitfadens, und diese Fassung verändert sie nicht. Exportieren Sie Ihre Antworten stattdessen als Datei, oder laden Sie die Seite neu, um die aktuelle Fassung zu verwenden.',
  'assessment.storage.removeRefusedNewer':
    'Der Selbstcheck wurde nicht gelöscht: Die auf diesem Gerät gespeicherten Selbstchecks stammen aus einer neueren Version des Leitfadens, und diese Fassung verändert sie nicht. Laden Sie die Seite neu, um die aktuelle Fassung zu verwenden, oder entfernen Sie alle mit „Alles auf diesem Gerät löschen“.',
  'assessment.storage.saveRefusedUnreadable':
    'Der Selbstcheck wurde nicht gespeichert: Die bisher auf diesem Gerät gespeicherten Daten können nicht gelesen werden und wurden nicht verändert. Exportieren Sie Ihre Antworten stattdessen als Datei, oder entfernen Sie die gespeicherten Daten mit „Alles auf diesem Gerät löschen“ und speichern Sie dann erneut.',
  'assessment.storage.removeRefusedUnreadable':
    'Es wurde nichts gelöscht: Die auf diesem Gerät gespeicherten Daten können nicht gelesen werden und wurden nicht verändert. Entfernen Sie sie mit „Alles auf diesem Gerät löschen“.',
  'assessment.storage.invalid': 'Der Selbstcheck wurde nicht gespeichert. {detail}',
  'assessment.storage.notFound': 'Dieser gespeicherte Selbstcheck ist auf diesem Gerät nicht mehr vorhanden.',
  'assessment.answer.noneTicked': 'nichts angekreuzt',
  'assessment.csv.dimension': 'Dimension',
  'assessment.csv.questionId': 'Frage-ID',
  'assessment.csv.question': 'Frage',
  'assessment.csv.answer': 'Antwort',
  'assessment.csv.level': 'Stufe',
  'assessment.csv.target': 'Ziel (angestrebte Stufe)',
  'assessment.csv.department': 'Fachbereich, der geantwortet hat',
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
  'readiness.jump': 'Direkt zum Kurz-Check für Ihre Organisation: acht Aussagen, die Ergebnisse sofort',
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
  'glossary.source': 'Mehr dazu',
  'glossary.aliases': 'Auch',
  'glossary.jump': 'Begriffe von A bis Z',
  'glossary.noTerms': 'keine Begriffe',
  'glossary.toJump': 'Zurück zu A bis Z',
  'glossary.linkHint': 'Begriff im Glossar erklärt',
} as const;

export type UiKey = keyof typeof de;
