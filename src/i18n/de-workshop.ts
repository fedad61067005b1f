import { translator } from './translator';

/** UI text of the workshop pages (/workshop/, its worksheet and handout), looked up with `tw`. */
export const workshop = {
  'workshop.title': 'Workshop mit mehreren Fachbereichen',
  'workshop.description':
    'Leitfaden für die Moderation: Fachbereiche machen den Selbstcheck, vergleichen ihre Ergebnisse und vereinbaren mit den Fragen des Papiers, was sie angehen. Mit Ablauf für zwei Stunden und einen halben Tag.',
  'workshop.lead':
    'So bringen Sie die Integrationsstelle, andere Fachbereiche und Migrantenorganisationen an einen Tisch: Jeder Fachbereich schätzt sich mit dem Selbstcheck ein, dann vergleichen Sie die Ergebnisse und vereinbaren, was Sie gemeinsam angehen.',
  'workshop.contents': 'Inhalt dieser Seite',
  'workshop.purpose': 'Worum es geht',
  'workshop.invite': 'Wen Sie einladen',
  'workshop.duration': 'Wie lange der Selbstcheck dauert',
  'workshop.durationSummary': 'Rechnen Sie mit {least} bis {most} Minuten je Fachbereich.',
  'workshop.durationMethod':
    'Das ist eine Schätzung aus dem Umfang der Fragen, keine Messung mit Teilnehmenden. Je nach Antworten zeigt der Selbstcheck {leastWords} bis {mostWords} Wörter (Einleitungen, Fragen, Hilfetexte und Antworten) und stellt {leastQuestions} bis {mostQuestions} Fragen; dazu kommen {settings} Angaben zu Ziel und Gewichtung. Angenommen sind {wordsPerMinute} Wörter pro Minute beim Lesen, {secondsPerQuestion} Sekunden zum Ankreuzen je Frage und {secondsPerSetting} Sekunden je Angabe zu Ziel oder Gewichtung. Die kürzere Zeit gilt, wenn keine Folgefrage gestellt wird, die längere mit allen Folgefragen.',
  'workshop.durationTry':
    'Probieren Sie den Selbstcheck vorher einmal selbst aus. Wer die Antworten kennt, ist schneller; wer erst nachfragen oder überlegen muss, langsamer. Wer auf dem Arbeitsblatt antwortet, braucht danach noch einige Minuten, um die Kreuze in den Selbstcheck zu übertragen.',
  'workshop.prepare': 'Was Sie vorbereiten',
  'workshop.agendas': 'Ablauf',
  'workshop.agendasIntro':
    'Zwei Vorschläge. Die Zeiten zählen ab Beginn des Workshops; was in jedem Schritt geschieht, steht im Abschnitt „{phases}“.',
  'workshop.agendaCaption': '{title}: {minutes} Minuten',
  'workshop.agendaTime': 'Zeit',
  'workshop.agendaStep': 'Schritt',
  'workshop.agendaPages': 'Seiten',
  'workshop.agendaMinutes': '{minutes} Minuten',
  'workshop.phases': 'Die Schritte im Einzelnen',
  'workshop.phasePages': 'Seiten für diesen Schritt',
  'workshop.phaseTips': 'Hinweise',
  'workshop.phasePaper': 'Aus dem Papier',
  'workshop.phaseMinutes': 'Zwei Stunden: {short} Minuten; halber Tag: {long} Minuten.',
  'workshop.departments': 'Was das Papier den Fachbereichen sagt',
  'workshop.departmentsIntro':
    'Impulse für die Fachbereiche, die nicht die Integrationsstelle sind: Stellen des Papiers, die ihr Themenfeld betreffen. Geben Sie sie den Fachbereichen in der Diskussion mit.',
  'workshop.materials': 'Material für den Workshop',
  'workshop.quoteSource': 'Quelle:',
  'workshop.inChapter': '{kind} im Leitfaden',

  'workshop.page.guide': 'Leitfaden für den Workshop',
  'workshop.page.arbeitsblatt': 'Arbeitsblatt zum Selbstcheck',
  'workshop.page.handout': 'Handout für Teilnehmende',
  'workshop.page.vergleich': 'Ergebnisse vergleichen und Maßnahmen vereinbaren',
  'workshop.page.selbstcheck': 'Selbstcheck',
  'workshop.page.kurz-check': 'Kurz-Check für Migrantenorganisationen',
  'workshop.page.leitfaden': 'Der Leitfaden',
  'workshop.page.befragung': 'Ergebnisse der Befragung',
  'workshop.material.arbeitsblatt':
    'Alle Fragen des Selbstchecks zum Ankreuzen, auf A4. Für Fachbereiche ohne Gerät oder als Rückfall, wenn das Netz ausfällt.',
  'workshop.material.handout':
    'Ausgewählte Fragen, Gelingensfaktoren und Hindernisse des Papiers mit Platz für Notizen, für alle Teilnehmenden.',
  'workshop.material.vergleich':
    'Mehrere Ergebnisse laden und vergleichen, die Beamer-Ansicht, Empfehlungen auswählen und der Maßnahmenplan zum Drucken und Exportieren.',
  'workshop.material.selbstcheck':
    'Der Selbstcheck, den jeder Fachbereich für sich ausfüllt; das Ergebnis lässt sich als Datei exportieren oder als Link teilen.',

  'workshop.sheet.title': 'Arbeitsblatt zum Selbstcheck',
  'workshop.sheet.description':
    'Alle Fragen des Selbstchecks zum Ausdrucken und Ankreuzen, mit Kennungen, damit sich die Antworten später in den Selbstcheck übertragen lassen.',
  'workshop.sheet.lead':
    'Der Selbstcheck auf Papier: alle Fragen und Antworten zum Ankreuzen. Übertragen Sie die Kreuze danach in den Selbstcheck, dann erhalten Sie dasselbe Ergebnis wie am Gerät.',
  'workshop.sheet.how': 'So gehen Sie vor',
  'workshop.sheet.step1': 'Tragen Sie oben das Datum ein und kreuzen Sie Ihren Fachbereich an.',
  'workshop.sheet.step2':
    'Kreuzen Sie bei jeder Frage an, was für Ihren Fachbereich zutrifft. Eine Folgefrage beantworten Sie nur, wenn die Bedingung unter ihr erfüllt ist. Wenn Sie etwas nicht wissen, kreuzen Sie „Weiß nicht“ an.',
  'workshop.sheet.stepGoals':
    'Am Ende jedes Bereichs kreuzen Sie an, welche Stufe Sie anstreben und wie wichtig Ihnen der Bereich ist. Ohne Kreuz rechnet das Ergebnis mit Stufe 3 und der Gewichtung „mittel“.',
  'workshop.sheet.step3':
    'Übertragen Sie die Kreuze in den Selbstcheck. Die Fragen stehen dort in derselben Reihenfolge und mit denselben Worten; die Kennung unter jeder Frage, etwa „konzept-stand“, hilft beim Zuordnen. Geben Sie dort auch Ihren Fachbereich an.',
  'workshop.sheet.print': 'Arbeitsblatt drucken',
  'workshop.sheet.fields': 'Angaben zum Arbeitsblatt',
  'workshop.sheet.date': 'Datum',
  'workshop.sheet.forOthers': 'Für andere Fachbereiche als Integration fragt der Selbstcheck: „{text}“',
  'workshop.sheet.id': 'Kennung: {id}',
  'workshop.sheet.single': 'Kreuzen Sie eine Antwort an.',
  'workshop.sheet.multi': 'Kreuzen Sie alles an, was zutrifft, oder eine der Antworten nach „oder“.',
  'workshop.sheet.rating': 'Wie sehr trifft die Aussage zu? Kreuzen Sie eine Antwort an.',
  'workshop.sheet.conditionOne': 'Nur beantworten, wenn Sie bei Frage {question} {answer} angekreuzt haben.',
  'workshop.sheet.conditionMany':
    'Nur beantworten, wenn Sie bei Frage {question} {answers} angekreuzt haben.',
  'workshop.sheet.conditionTicked':
    'Nur beantworten, wenn Sie bei Frage {question} mindestens eine der aufgezählten Möglichkeiten angekreuzt haben, nicht {specials}.',
  'workshop.sheet.notes': 'Notizen zu diesem Bereich',

  'workshop.handout.title': 'Handout für den Workshop',
  'workshop.handout.description':
    'Fragen, Gelingensfaktoren und Hindernisse aus dem Papier für das Gespräch im Workshop, mit Platz für Notizen, zum Ausdrucken auf A4.',
  'workshop.handout.print': 'Handout drucken',
  'workshop.handout.fields': 'Angaben zum Handout',
  'workshop.handout.who': 'Fachbereich oder Organisation',
  'workshop.handout.date': 'Datum',
  'workshop.handout.why': 'Warum diese Auswahl:',
} as const;

/** Looks up a text of the workshop pages (built into their HTML; no script carries it). */
export const tw = translator(workshop);

/** A key of the workshop pages' text. */
export type WorkshopKey = keyof typeof workshop;
