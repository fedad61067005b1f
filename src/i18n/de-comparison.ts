import { translator } from './translator';

/** UI text of the workshop comparison (`/workshop/vergleich/`), looked up with `tc`. */
export const comparison = {
  'comparison.title': 'Ergebnisse vergleichen und Maßnahmen vereinbaren',
  'comparison.intro':
    'Laden Sie die Selbstchecks mehrerer Fachbereiche: Die Seite zeigt, wo sie übereinstimmen und wo sie sich unterscheiden, welche Empfehlungen die meisten brauchen, und hält fest, was Sie vereinbaren.',
  'comparison.privacy':
    'Alles bleibt in diesem Browser-Tab; dauerhaft gespeichert wird nur, wenn Sie „Auf diesem Gerät speichern“ wählen. Nichts wird an einen Server gesendet.',
  'comparison.noscript':
    'Der Vergleich braucht JavaScript. Ohne JavaScript können Sie die Arbeitsblätter drucken:',
  'comparison.loadingName': 'Der Vergleich',
  'comparison.status': 'Meldungen des Vergleichs',
  'comparison.unnamed': 'Selbstcheck ohne Namen',

  'comparison.load': 'Ergebnisse laden',
  'comparison.loadHint':
    'Jeder Fachbereich exportiert seinen Selbstcheck als JSON-Datei oder kopiert seinen Link. Sie können mehrere Dateien auf einmal wählen oder hierher ziehen, und mehrere Links untereinander einfügen.',
  'comparison.files': 'Dateien wählen (JSON)',
  'comparison.drop': 'Oder Dateien hierher ziehen',
  'comparison.dropActive': 'Dateien loslassen, um sie zu laden',
  'comparison.links': 'Links einfügen, einer pro Zeile',
  'comparison.linksSubmit': 'Links laden',
  'comparison.loaded': '„{label}“ geladen.',
  'comparison.loadedWorkshop': 'Workshop „{title}“ mit {count} geladen.',
  'comparison.loadedWorkshopUntitled': 'Workshop mit {count} geladen.',
  'comparison.entryOne': 'Ergebnis',
  'comparison.entryOther': 'Ergebnissen',
  'comparison.replacedWorkshop': 'Die bisher geladenen Ergebnisse wurden dabei ersetzt.',
  'comparison.undo': 'Rückgängig machen',
  'comparison.undone': 'Der vorherige Stand ist wiederhergestellt.',
  'comparison.summary': 'Von {total} Dateien oder Links wurden {read} übernommen, {problems} nicht:',
  'comparison.problem': '„{source}“: {error}',
  'comparison.lineSource': 'Zeile {line}',
  'comparison.duplicate':
    '„{source}“ ist schon geladen (als „{label}“) und wurde nicht noch einmal übernommen.',
  'comparison.full': '„{source}“ wurde nicht geladen: Ein Vergleich fasst höchstens {max} Ergebnisse.',
  'comparison.error.empty': 'Die Datei ist leer.',
  'comparison.error.emptyLink': 'Der Link enthält keinen Selbstcheck und keinen Workshop.',
  'comparison.error.csv':
    'Diese Datei ist eine Tabelle (CSV) aus einem Workshop; sie dient zum Weiterarbeiten in einer Tabellenkalkulation und kann nicht geladen werden. Bitte wählen Sie die JSON-Datei des Workshops oder der Selbstchecks.',
  'comparison.error.newer':
    'Dieser Workshop stammt aus einer neueren Version des Leitfadens (Version {version}) und kann hier nicht gelesen werden. Laden Sie die Seite neu, um die aktuelle Fassung zu verwenden.',
  'comparison.error.version':
    'Die Versionsangabe dieses Workshops ist ungültig; er kann nicht gelesen werden.',
  'comparison.error.entry': 'Das Ergebnis „{label}“ in diesem Workshop kann nicht gelesen werden. {error}',
  'comparison.error.duplicateIds': 'Der Workshop führt ein Ergebnis doppelt; er kann nicht gelesen werden.',
  'comparison.error.linkTooLong':
    'Der Link wäre {length} Zeichen lang. So lange Links kürzen viele E-Mail-Programme und Chats; exportieren Sie den Workshop stattdessen als Datei.',
  'comparison.error.linkDamaged': 'Dieser Link ist beschädigt und kann nicht gelesen werden.',

  'comparison.entries': 'Geladene Ergebnisse',
  'comparison.entriesNone': 'Noch keine Ergebnisse geladen.',
  'comparison.entryLabel': 'Bezeichnung im Workshop',
  'comparison.entryDepartment': 'Fachbereich laut Datei: {department}',
  'comparison.entryNoDepartment': 'Kein Fachbereich angegeben',
  'comparison.rename': 'Bezeichnung ändern',
  'comparison.error.labelEmpty': 'Geben Sie eine Bezeichnung ein, zum Beispiel den Namen des Fachbereichs.',
  'comparison.renameCancel': 'Abbrechen',
  'comparison.renameSave': 'Übernehmen',
  'comparison.renamed': 'Umbenannt in „{label}“.',
  'comparison.remove': 'Entfernen',
  'comparison.removed': '„{label}“ wurde aus dem Vergleich entfernt.',
  'comparison.confirmRemove': '„{label}“ wird aus dem Vergleich entfernt, mit seinen Markierungen.',
  'comparison.confirmRemoveYes': 'Ja, „{label}“ entfernen',
  'comparison.workshopTitle': 'Titel des Workshops (freiwillig)',
  'comparison.workshopDate': 'Datum des Workshops',

  'comparison.compare': 'Vergleich je Bereich',
  'comparison.compareHint':
    'Die Bereiche, in denen die Ergebnisse am weitesten auseinanderliegen, stehen oben. Die Spannweite ist der Abstand zwischen dem höchsten und dem niedrigsten Wert.',
  'comparison.chartTitle': 'Stand je Bereich und Ergebnis',
  'comparison.chartDesc':
    'Je Bereich ein Punkt pro Ergebnis auf der Skala von 0 bis 3, mit der Nummer des Ergebnisses; die Legende nennt die Nummern. Die Tabelle enthält dieselben Werte in Worten.',
  'comparison.tableCaption': 'Stand je Bereich und Ergebnis, in Worten',
  'comparison.legend': 'Nummern im Diagramm',
  'comparison.table.dimension': 'Bereich',
  'comparison.table.spread': 'Spannweite',
  'comparison.spreadNone': '–',
  'comparison.benchmark': 'Befragung: {text}',
  'comparison.benchmarks': 'Zum Vergleich aus der Befragung',
  'comparison.meanRow': 'Mittelwert',
  'comparison.noValues': 'keine Angaben',
  'comparison.unknownBrief': 'Stufe unbekannt („Weiß nicht“)',

  'comparison.shared': 'Was die meisten brauchen',
  'comparison.sharedHint':
    'Die nächsten Schritte aller geladenen Ergebnisse, zuerst die, die bei den meisten vorkommen. Markieren Sie für jeden Fachbereich, was er sich vornimmt.',
  'comparison.sharedNone': 'Die geladenen Ergebnisse haben keine nächsten Schritte.',
  'comparison.neededBy': 'Nächster Schritt für: {labels}',
  'comparison.because': 'Warum bei „{label}“:',
  'comparison.reasons': 'Welche Antworten dahinterstehen',
  'comparison.take': 'Wer nimmt sich das vor?',
  'comparison.votes': '{count} Stimmen',
  'comparison.vote': '{count} Stimme',

  'comparison.open': 'Noch zu klären',
  'comparison.openHint': 'Diese Fragen haben Ergebnisse mit „Weiß nicht“ beantwortet.',
  'comparison.openBy': 'offen bei: {labels}',

  'comparison.plan': 'Maßnahmenplan',
  'comparison.planHint':
    'Für jede Empfehlung, die mindestens ein Fachbereich markiert hat: was genau, wer, bis wann. Drucken Sie den Plan als Protokoll oder exportieren Sie ihn.',
  'comparison.planNone': 'Noch keine Empfehlung markiert. Markieren Sie oben, wer sich was vornimmt.',
  'comparison.what': 'Was genau?',
  'comparison.who': 'Wer?',
  'comparison.when': 'Bis wann?',
  'comparison.printPlan': 'Protokoll drucken',
  'comparison.record': 'Workshop-Protokoll',
  'comparison.recordSource':
    'Erstellt mit dem Workshop-Werkzeug des Leitfadens zur Zusammenarbeit mit Migrantenorganisationen ({url}). Die Empfehlungen sind wörtlich aus dem Papier des Kommunalen Qualitätszirkels zur Integrationspolitik (Stand: Juli 2023) zitiert.',
  'comparison.recordKey':
    'Spalten: die Beteiligten in der Reihenfolge oben. Werte: Stufe 0 bis 3; Ø Mittelwert der Antworten (Bereiche ohne Stufe); ? „Weiß nicht“; – nicht beantwortet.',
  'comparison.recordEmpty': 'noch offen',
  'comparison.recordParticipants': 'Beteiligt: {labels}',

  'comparison.present': 'Präsentation starten',
  'comparison.presentation': 'Präsentation',
  'comparison.presentationHint': 'Pfeiltasten blättern, Esc beendet die Präsentation.',
  'comparison.slide': 'Bereich {index} von {total}',
  'comparison.previous': 'Vorheriger Bereich',
  'comparison.next': 'Nächster Bereich',
  'comparison.close': 'Präsentation beenden',
  'comparison.questions': 'Fragen für das Gespräch',

  'comparison.data': 'Speichern, teilen, exportieren',
  'comparison.save': 'Auf diesem Gerät speichern',
  'comparison.saved': 'Der Workshop wurde auf diesem Gerät gespeichert.',
  'comparison.savedOne': 'Auf diesem Gerät gespeichert: „{title}“ vom {date}.',
  'comparison.loadSaved': 'Gespeicherten Workshop laden',
  'comparison.confirmOverwrite':
    'Auf diesem Gerät ist schon ein Workshop gespeichert. Er wird durch den aktuellen ersetzt; exportieren Sie ihn vorher, wenn Sie ihn behalten wollen.',
  'comparison.confirmOverwriteYes': 'Ja, den gespeicherten Workshop ersetzen',
  'comparison.deleteSaved': 'Gespeicherten Workshop löschen',
  'comparison.confirmDeleteSaved': 'Der auf diesem Gerät gespeicherte Workshop wird gelöscht.',
  'comparison.confirmDeleteSavedYes': 'Ja, den gespeicherten Workshop löschen',
  'comparison.deletedSaved': 'Der gespeicherte Workshop wurde von diesem Gerät gelöscht.',
  'comparison.storageDamaged':
    'Der auf diesem Gerät gespeicherte Workshop kann nicht gelesen werden. Er bleibt unverändert, bis Sie ihn löschen.',
  'comparison.share': 'Link erstellen und kopieren',
  'comparison.shareLink': 'Link zum Workshop',
  'comparison.shareHint':
    'Der Link enthält alle geladenen Ergebnisse und den Maßnahmenplan im Teil hinter „#“, der nie an einen Server gesendet wird.',
  'comparison.copied': 'Der Link wurde erstellt und in die Zwischenablage kopiert.',
  'comparison.copyFailed':
    'Der Link wurde erstellt, konnte aber nicht kopiert werden. Bitte kopieren Sie ihn selbst.',
  'comparison.exportJson': 'Workshop als JSON-Datei exportieren',
  'comparison.exportLevels': 'Stand als CSV-Datei exportieren',
  'comparison.exportActions': 'Maßnahmen als CSV-Datei exportieren',
  'comparison.exported': 'Die Datei „{file}“ wurde erstellt.',
  'comparison.reset': 'Alle Ergebnisse entfernen',
  'comparison.confirmReset':
    'Alle geladenen Ergebnisse, Markierungen und der Maßnahmenplan auf dieser Seite werden entfernt.',
  'comparison.confirmResetYes': 'Ja, alles entfernen',
  'comparison.resetDone': 'Der Vergleich ist leer.',
  'comparison.tabLost':
    'Der Vergleich dieses Tabs konnte nicht wiederhergestellt werden; die Seite beginnt leer.',

  'comparison.csv.workshop': 'Workshop',
  'comparison.csv.date': 'Datum',
  'comparison.csv.entry': 'Ergebnis',
  'comparison.csv.department': 'Fachbereich',
  'comparison.csv.dimension': 'Bereich',
  'comparison.csv.level': 'Stufe',
  'comparison.csv.mean': 'Mittelwert',
  'comparison.csv.value': 'Wert (0–3)',
  'comparison.csv.target': 'Ziel',
  'comparison.csv.importance': 'Gewichtung',
  'comparison.csv.itemId': 'Empfehlung-ID',
  'comparison.csv.item': 'Empfehlung',
  'comparison.csv.votes': 'Stimmen',
  'comparison.csv.what': 'Was',
  'comparison.csv.who': 'Wer',
  'comparison.csv.when': 'Bis wann',
} as const;

/** Looks up a text of the workshop comparison; the site's other text is in `t` (`./t.ts`). */
export const tc = translator(comparison);
