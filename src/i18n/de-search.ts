import { translator } from './translator.ts';

/**
 * UI text of search (the header's dialog and /suche/) and of the filters it shares with the list of
 * recommendations; merged into `de` in `./de.ts`. The search scripts look up here only (`tSearch`), so that
 * they carry none of the site's other text. It imports with file extensions, so the build scripts can read it
 * in Node as well.
 */
export const search = {
  'search.label': 'Suche',
  'search.input': 'Suchbegriff',
  'search.submit': 'Suchen',
  'search.heading': 'Suche',
  'search.results': 'Suchergebnisse',
  'search.empty': 'Bitte geben Sie einen Suchbegriff ein.',
  'search.error': 'Die Suche konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
  'search.noscript':
    'Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle Empfehlungen, Gelingensfaktoren, Hindernisse und Reflexionsfragen im Verzeichnis:',
  'filters.label': 'Filter',
  'filters.all': 'Alle anzeigen',
  'filters.skip': 'Direkt zu den Einträgen',
  'filters.kind': 'Art',
  'filters.chapter': 'Thema (Kapitel)',
  'filters.dimension': 'Selbstcheck-Dimension',
  'filters.audience': 'Zielgruppe',
  'filters.active': 'Gefiltert nach {facet}: {value}',
  'search.open': 'Suche',
  'search.openHint': 'Taste /',
  'search.dialog': 'Im Leitfaden suchen',
  'search.close': 'Suche schließen',
  'search.all': 'Alle Treffer',
  'search.none': 'Keine Treffer für „{query}“. Versuchen Sie ein anderes Wort oder weniger Filter.',
  'search.count': '{count} für „{query}“',
  'search.hitOne': 'Treffer',
  'search.hitOther': 'Treffer',
  'search.shown': ', die ersten {shown} werden angezeigt',
  'search.filters': 'Treffer eingrenzen',
  'search.unknownFilter.one': 'Den Filter {values} aus dem Link gibt es nicht; er wurde nicht angewandt. ',
  'search.unknownFilter.other':
    'Die Filter {values} aus dem Link gibt es nicht; sie wurden nicht angewandt. ',
  'search.filter.kapitel': 'Kapitel',
  'search.sections': 'Abschnitte in diesem Kapitel',
  'search.page': 'Seite',
  'search.didYouMean': 'Meinten Sie {suggestion}?',
  'search.kind.figures': 'Befund',
  'search.kind.chapter': 'Kapitel',
} as const;

/** Looks up a text of search. */
export const tSearch = translator(search);
