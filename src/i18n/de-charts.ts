/** UI text of the survey charts (`<Figures>`); merged into `de` in `./de.ts`. */
export const charts = {
  'chart.table': 'Die Werte als Tabelle',
  'chart.base.count':
    'Grundlage: Befragung von {respondents} Kommunen. Jeder Rahmen steht für alle {of}, der Balken für die Anzahl.',
  'chart.base.percent':
    'Grundlage: Befragung von {respondents} Kommunen. Anteile in Prozent, wie das Papier sie angibt; jeder Rahmen steht für 100 %.',
  'chart.base.rank':
    'Grundlage: Befragung von {respondents} Kommunen. Das Papier nennt nur die Reihenfolge, keine Zahlen: 1 steht für „am häufigsten“, dieselbe Zahl für Einträge, die es an derselben Stelle nennt.',
  'chart.base.quarters':
    'Grundlage: Befragung von {respondents} Kommunen. Das Papier nennt die Anteile nur in Worten; ein Kästchen steht für ein Viertel, so wie das Papier es sagt.',
  'chart.base.statement':
    'Grundlage: Befragung von {respondents} Kommunen. Das Papier nennt nur diesen Wortlaut, keine Zahl.',
  'chart.derived.bar': 'Schraffiert mit gestrichelter Linie: abgeleitet, steht so nicht im Papier.',
  'chart.derived.rank': 'Gestrichelter Kreis: Rang abgeleitet, steht so nicht im Papier.',
  'chart.desc.bar': 'Balkendiagramm. {entries}.',
  'chart.desc.rank': 'Rangfolge ohne Zahlen. {entries}.',
  'chart.desc.quarters': 'Kästchen in Vierteln nach dem Wortlaut des Papiers. {entries}.',
  'chart.desc.entry': '{label}: {value}',
  'chart.desc.rankEntry': 'Rang {rank}: {labels}',
  'chart.levelTick': 'Stufe {level}',
  'chart.othersNamed': 'Unter „{label}“ genannt: {names}',
} as const;
