/**
 * The site contains the whole paper: the source text is parsed here on its own (not from the data), and every
 * list entry, paragraph, heading and survey figure of it is looked up in the chapters, items.yaml and figures.yaml;
 * finally every sentence of the paper, from the title to the last line, is looked up in all the text the site
 * shows from the paper (chapters, items, the title and closing block on /quelle/), with a short list of reviewed
 * exceptions.
 */
import { describe, expect, test } from 'vitest';
import type { Item } from '../../src/schemas/item';
import { colophon } from '../../src/data/colophon';
import { itemKinds, type ItemKind } from '../../src/data/taxonomy';
import { loadFigures, loadItems } from '../fixtures/data';
import { chapterFileIds, readChapter, split } from './chapter-files';
import { escapeRegExp, norm, paperText } from './paper';

const items = loadItems();
const figures = loadFigures();

const mdxFiles = chapterFileIds.map(readChapter);

/** Markup that is the same text to a reader: bold markers, MDX escapes of the gender star, footnote marks. */
const plain = (text: string): string =>
  norm(
    text
      .replaceAll('**', '')
      .replaceAll('\\*', '*')
      .replace(/\[\^\d+\]/g, '')
      .replaceAll('¹', ''),
  );

// ---------------------------------------------------------------------------------------------------------------
// The source, parsed on its own.

const PAGE_BREAK_END = 'ermöglicht diesen weitere';
const PAGE_BREAK_CONTINUATION = 'Partizipationsmöglichkeiten, ';

const allLines = paperText.split('\n');
const bodyStart = allLines.findIndex((line) => line.trim() === 'Vorwort');
const bodyEnd = allLines.findIndex((line) => line.trim() === 'Redaktion');

interface Line {
  /** 1-based line number in the source file. */
  number: number;
  text: string;
}

/** The paper from „Vorwort“ to before „Redaktion“, with the one sentence a page break split joined again. */
function body(): { lines: Line[]; joins: number } {
  const lines: Line[] = [];
  let joins = 0;
  for (let i = bodyStart; i < bodyEnd; i++) {
    const text = allLines[i] ?? '';
    if (text.startsWith(PAGE_BREAK_CONTINUATION)) {
      // Drop the blank lines the page break left between the two halves.
      while (lines.at(-1)?.text.trim() === '') lines.pop();
      const previous = lines.at(-1);
      if (previous?.text.endsWith(PAGE_BREAK_END)) {
        previous.text = `${previous.text} ${text}`;
        joins++;
        continue;
      }
    }
    lines.push({ number: i + 1, text });
  }
  return { lines, joins };
}

const { lines: bodyLines, joins } = body();
const isBlank = (line: Line | undefined): boolean => line !== undefined && line.text.trim() === '';
const isTopBullet = (line: Line | undefined): boolean => line?.text.startsWith('- ') ?? false;
const isSubBullet = (line: Line | undefined): boolean => line?.text.startsWith(' - ') ?? false;
const bulletText = (line: Line): string => norm(line.text.replace(/^ ?- /, ''));

/** Lines that open a list whose entries are items, and the kind of those items. */
const listOpeners: { kind: ItemKind; matches: (line: string) => boolean }[] = [
  { kind: 'empfehlung', matches: (line) => line === 'Empfehlungen' },
  { kind: 'gelingensfaktor', matches: (line) => line === 'Empfehlungen für gelingende Zusammenarbeit' },
  { kind: 'hinweis', matches: (line) => line === 'Hinweis' },
  { kind: 'reflexionsfrage', matches: (line) => line === 'Fragen zur Reflexion und Selbstverortung sind:' },
  { kind: 'hindernis', matches: (line) => line.startsWith('Für die Migrantenorganisationen nannten') },
  { kind: 'hindernis', matches: (line) => line.startsWith('Als weitere Punkte nannten') },
  { kind: 'hindernis', matches: (line) => line.endsWith('wo diese nicht erfüllt sind.') },
  { kind: 'hindernis', matches: (line) => line.startsWith('Für die Verwaltung nannten') },
];

interface SourceBullet {
  line: number;
  text: string;
  subs: { line: number; text: string }[];
}
interface SourceList {
  kind: ItemKind;
  opener: Line;
  bullets: SourceBullet[];
  /** „Beispiel: …“ paragraphs that follow a bullet of the list directly, with the bullet they follow. */
  examples: { line: number; text: string; after: SourceBullet }[];
  /** Every line that belongs to the list (bullets, examples), to tell them apart from chapter text. */
  lineNumbers: Set<number>;
}

function parseLists(): SourceList[] {
  const lists: SourceList[] = [];
  bodyLines.forEach((openerLine, openerIndex) => {
    const opener = listOpeners.find((candidate) => candidate.matches(openerLine.text.trim()));
    if (!opener) return;
    const list: SourceList = {
      kind: opener.kind,
      opener: openerLine,
      bullets: [],
      examples: [],
      lineNumbers: new Set(),
    };
    let i = openerIndex + 1;
    const skipBlank = (): void => {
      while (isBlank(bodyLines[i])) i++;
    };
    skipBlank();
    // One lead-in sentence may stand between the heading and the bullets („Diese Punkte treffen … zu:“).
    const leadIn = bodyLines[i];
    if (leadIn && !isTopBullet(leadIn) && leadIn.text.trim().endsWith(':')) {
      i++;
      skipBlank();
    }
    for (;;) {
      const line = bodyLines[i];
      if (line === undefined) break;
      const last = list.bullets.at(-1);
      if (isTopBullet(line)) {
        list.bullets.push({ line: line.number, text: bulletText(line), subs: [] });
      } else if (isSubBullet(line) && last) {
        last.subs.push({ line: line.number, text: bulletText(line) });
      } else if (line.text.startsWith('Beispiel: ') && last) {
        list.examples.push({
          line: line.number,
          text: norm(line.text.replace(/^Beispiel: /, '')),
          after: last,
        });
      } else if (isBlank(line)) {
        let next = i + 1;
        while (isBlank(bodyLines[next])) next++;
        if (!isTopBullet(bodyLines[next])) break;
      } else break;
      if (!isBlank(line)) list.lineNumbers.add(line.number);
      i++;
    }
    lists.push(list);
  });
  return lists;
}

const lists = parseLists();
const listLineNumbers = new Set(lists.flatMap((list) => [...list.lineNumbers]));
const topBullets = lists.flatMap((list) =>
  list.bullets.map((bullet) => ({ ...bullet, kind: list.kind, list })),
);
const subBullets = topBullets.flatMap((bullet) => bullet.subs.map((sub) => ({ ...sub, bullet })));
const examples = lists.flatMap((list) => list.examples);

const itemsWithText = (text: string): Item[] => items.filter((item) => norm(item.text) === text);

describe('the source parser', () => {
  test('finds the paper between „Vorwort“ and „Redaktion“, after the table of contents', () => {
    expect(bodyStart).toBeGreaterThan(20);
    expect(bodyEnd).toBeGreaterThan(bodyStart);
  });

  test('joins the one sentence a page break split', () => {
    expect(joins).toBe(1);
  });

  test('finds the paper’s 22 lists of items, none of them empty', () => {
    expect(lists).toHaveLength(22);
    expect(lists.filter((list) => list.bullets.length === 0).map((list) => list.opener.number)).toEqual([]);
  });

  test.each([
    { kind: 'empfehlung', count: 34 },
    { kind: 'gelingensfaktor', count: 8 },
    { kind: 'hinweis', count: 1 },
    { kind: 'reflexionsfrage', count: 4 },
    { kind: 'hindernis', count: 29 },
  ])('finds $count top-level bullets of kind $kind', ({ kind, count }) => {
    expect(topBullets.filter((bullet) => bullet.kind === kind)).toHaveLength(count);
  });
});

describe('every list entry of the paper is an item', () => {
  test.each(topBullets.map((bullet) => [bullet.line, bullet.text, bullet] as const))(
    'line %i: „%s“ is exactly one item of the right kind',
    (_, text, bullet) => {
      const found = itemsWithText(text);
      expect(found).toHaveLength(1);
      expect(found[0]?.kind).toBe(bullet.kind);
    },
  );

  test.each(subBullets.map((sub) => [sub.line, sub.text, sub] as const))(
    'line %i: sub-bullet „%s“ is a point of the item above it or an item of its own under it',
    (_, text, sub) => {
      const owner = itemsWithText(sub.bullet.text)[0];
      expect(owner).toBeDefined();
      const asPoint = (owner?.points ?? []).some((point) => norm(point) === text);
      const asChild = itemsWithText(text).filter((item) => item.parent === owner?.id);
      expect(Number(asPoint) + asChild.length, 'exactly once, as point or child').toBe(1);
      if (text.endsWith('?')) {
        expect(
          asChild.map((item) => item.kind),
          'a question is a reflexionsfrage of its own',
        ).toEqual(['reflexionsfrage']);
      } else {
        expect(asPoint, 'a statement stays a point of its item').toBe(true);
      }
    },
  );

  test.each(examples.map((example) => [example.line, example] as const))(
    'line %i: the Beispiel is an item right after the item it follows, in the same group',
    (_, example) => {
      const [found] = itemsWithText(example.text);
      const before = itemsWithText(example.after.text)[0];
      expect(found?.kind).toBe('beispiel');
      expect(found?.group).toBe(before?.group);
      expect(items.indexOf(found as Item)).toBe(items.indexOf(before as Item) + 1);
    },
  );

  test.each(lists.map((list) => [list.opener.number, norm(list.opener.text), list] as const))(
    'line %i: the list after „%s“ is one group of its own',
    (_, __, list) => {
      const groups = new Set(
        list.bullets.flatMap((bullet) => itemsWithText(bullet.text).map((item) => item.group)),
      );
      expect(groups.size).toBe(1);
      const [group] = groups;
      const otherLists = lists.filter((other) => other !== list);
      const shared = otherLists.filter((other) =>
        other.bullets.some((bullet) => itemsWithText(bullet.text).some((item) => item.group === group)),
      );
      expect(shared).toEqual([]);
    },
  );

  test('items.yaml has nothing the lists of the paper do not have, and keeps their order', () => {
    const sourceOrder = lists.flatMap((list) =>
      list.bullets.flatMap((bullet) => [
        bullet.text,
        ...bullet.subs.filter((sub) => sub.text.endsWith('?')).map((sub) => sub.text),
        ...list.examples.filter((example) => example.after === bullet).map((example) => example.text),
      ]),
    );
    expect(items.map((item) => norm(item.text))).toEqual(sourceOrder);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Chapter text.

const mdxText = plain(mdxFiles.join('\n'));
/** Each line of the chapters as plain text, without heading and list markers. */
const mdxLines = new Set(
  mdxFiles
    .flatMap((file) => file.split('\n'))
    .map((line) =>
      plain(
        line
          .replace(/^#+ /, '')
          .replace(/^\s*- /, '')
          .replace(/^(title|navTitle): '(.*)'$/, '$2'),
      ),
    ),
);

const citation = / \((SVR 2020:9|ebd\.)\)$/;
const chapterLines = bodyLines.filter(
  (line) => !isBlank(line) && !listLineNumbers.has(line.number) && !line.text.includes('\t'),
);
const paragraphs = chapterLines.filter((line) => !isTopBullet(line) && !isSubBullet(line));

describe('the chapters contain the whole text of the paper', () => {
  test.each(paragraphs.filter((line) => line.text.length > 80).map((line) => [line.number, line] as const))(
    'line %i: the paragraph occurs verbatim in a chapter',
    (_, line) => {
      const attribution = citation.exec(line.text)?.[1];
      const text = plain(line.text.replace(citation, ''));
      expect(mdxText).toContain(text);
      if (attribution !== undefined)
        expect(mdxText).toContain(`<Quote source="SVR 2020${attribution === 'ebd.' ? ' (ebd.)' : ':9'}">`);
    },
  );

  test.each(
    paragraphs
      .filter((line) => line.text.length <= 80)
      .map((line) => [line.number, plain(line.text)] as const),
  )('line %i: „%s“ is a heading, paragraph or chapter title of its own', (_, text) => {
    expect(mdxLines.has(text)).toBe(true);
  });

  test.each(
    chapterLines
      .filter((line) => isTopBullet(line) || isSubBullet(line))
      .map((line) => [line.number, plain(bulletText(line))] as const),
  )('line %i: list entry „%s“ is a list entry in a chapter', (_, text) => {
    expect(mdxLines.has(text)).toBe(true);
  });

  test.each(
    bodyLines
      .filter((line) => line.text.includes('\t') && line.text.includes('•'))
      .flatMap((line) =>
        line.text
          .replace(/<ul[^>]*>/g, '')
          .split(/[\t•]/)
          .map((cell) => cell.trim())
          .filter(Boolean),
      ),
  )('the matrix entry „%s“ is a cell or list entry of the matrix table', (entry) => {
    expect(mdxText).toMatch(new RegExp(`<(li|th scope="row")>${escapeRegExp(entry)}</`));
  });

  test('the chapters add no text of their own', () => {
    const sourceText = plain(bodyLines.map((line) => line.text.replace(/^ ?- /, '')).join('\n'));
    const added = chapterFileIds
      .flatMap((id) => split(id).body.split('\n'))
      .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('<'))
      .map((line) =>
        plain(
          line
            .replace(/^#+ /, '')
            .replace(/^\s*- /, '')
            .replace(/^\[\^\d+\]: /, ''),
        ),
      )
      .filter((line) => !sourceText.includes(line));
    expect(added).toEqual([]);
  });

  test('the Redaktion block is not part of any chapter', () => {
    const redaktion = allLines
      .slice(bodyEnd)
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    expect(redaktion.length).toBeGreaterThan(1);
    expect(redaktion.filter((line) => mdxText.includes(plain(line)))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Every sentence.

/**
 * Lines of the source that are not sentences of the paper's text, each with the reason the site does not show
 * them. Everything else, from the first line to the last, must be on the site in the paper's wording.
 */
const notText: { what: string; matches: (line: string) => boolean; lines: number; reason: string }[] = [
  {
    what: 'table of contents',
    matches: (line) => /\t\d+$/.test(line),
    lines: 12,
    reason:
      'chapter titles in capitals with page numbers; the site’s navigation and tables of contents replace them',
  },
];

/**
 * The same text to a reader: the source's markup (bold, underline, emphasised terms, the matrix's `<ul>`) and
 * the site's (MDX escapes, footnote marks) removed, whitespace collapsed.
 */
const readerText = (text: string): string =>
  plain(
    text
      .replace(/<[^>]+>/g, ' ')
      .replace(/(?<=\s)\*([^*\s][^*]*[^*\s])\*(?=\s)/g, '$1')
      .replace(/&amp;/g, '&'),
  );

/** A quoted paragraph's citation in brackets, which the site shows as the quote's source (checked above). */
const trailingCitation = / \((?:SVR 2020:9|ebd\.)\)$/;

/** Abbreviations of the paper after which a full stop does not end the sentence. */
const abbreviations = /(?:bspw|bzw|ebd|usw|tlw|d\.h|u\.a|z\.B|evtl|ggf|ca|vgl)\.$/;

/** The sentences of one line of the source: split after . ! ? before a capital, a quote mark or a bracket. */
function sentencesOf(line: string): string[] {
  const parts = readerText(line.replace(/^ ?- /, '').replace(trailingCitation, '')).split(
    /(?<=[.!?])\s+(?=[A-ZÄÖÜ„(])/,
  );
  // Glue back what an abbreviation split off.
  return parts.reduce<string[]>((sentences, part) => {
    const last = sentences.at(-1);
    if (last !== undefined && abbreviations.test(last)) sentences[sentences.length - 1] = `${last} ${part}`;
    else sentences.push(part);
    return sentences;
  }, []);
}

/** The cells of a line of the matrix (tab-separated, its entries separated by bullets), or the line itself. */
const cellsOf = (line: string): string[] =>
  line.includes('\t') ? line.split(/[\t•]/).map((cell) => readerText(cell)) : [line];

/** Every sentence of the source with its line number, except the lines of `notText`. */
const paperSentences = allLines.flatMap((line, index) =>
  notText.some((rule) => rule.matches(line))
    ? []
    : cellsOf(line)
        .flatMap(sentencesOf)
        .filter((sentence) => sentence !== '')
        .map((sentence) => ({ line: index + 1, sentence })),
);

/** All the paper's text the site shows, as a reader sees it: chapters, items as ItemEntry renders them, /quelle/. */
const siteText = [
  ...chapterFileIds.map((id) => {
    const { frontmatter, body } = split(id);
    const title = /^title: '(.*)'$/m.exec(frontmatter)?.[1] ?? '';
    return `${title}\n${body.replace(/^\[\^\d+\]: /gm, '').replace(/^#+ |^\s*- /gm, '')}`;
  }),
  ...items.flatMap((item) => [
    item.kind === 'beispiel' ? `${itemKinds.beispiel.one}: ${item.text}` : item.text,
    ...item.points,
  ]),
  colophon.publisher,
  colophon.title,
  colophon.heading,
  ...colophon.editors,
  `Kontakt: ${colophon.contact}`,
  `Stand: ${colophon.date}`,
  ...colophon.about,
]
  .map(readerText)
  .join('\n');

describe('every sentence of the paper is on the site, in its wording', () => {
  test('the sentence list covers the whole source, the closing block included', () => {
    expect(paperSentences.length).toBeGreaterThan(400);
    expect(paperSentences.at(-1)?.sentence).toMatch(/^Der kollegiale und kritische Diskurs/);
    expect(paperSentences.map((entry) => entry.sentence)).toContain('Kontakt: sip@stuttgart.de');
  });

  test.each(notText.map((rule) => [rule.what, rule.reason, rule] as const))(
    'exception „%s“ (%s) leaves out only the lines it was reviewed for',
    (_, __, rule) => {
      expect(allLines.filter((line) => rule.matches(line))).toHaveLength(rule.lines);
    },
  );

  test.each(paperSentences.map((entry) => [entry.line, entry.sentence] as const))(
    'line %i: „%s“',
    (_, sentence) => {
      expect(siteText).toContain(sentence);
    },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Survey figures.

const sourceText = norm(allLines.join('\n'));
const numberWords: Record<number, string[]> = { 1: ['eine', 'ein'], 7: ['sieben'], 10: ['zehn'] };
/** Whether a number occurs in a sentence, as digits or (for the few the paper spells out) as a word. */
const mentions = (sentence: string, value: number): boolean =>
  new RegExp(`(?<![\\d])${String(value)}(?![\\d])`).test(sentence) ||
  (numberWords[value] ?? []).some((word) => new RegExp(`(^|\\s)${word}\\s`, 'i').test(sentence));

/** Theme names are quoted in the paper; these groups list them. */
const themeGroups = ['themen-austausch', 'themen-andere', 'gremien-themen'];

describe('every survey figure comes from the paper', () => {
  test.each(figures.map((figure) => [figure.id, figure] as const))(
    '%s: its source is verbatim in the paper',
    (_, figure) => {
      expect(sourceText).toContain(norm(figure.source));
    },
  );

  test.each(
    figures
      .filter(
        (figure) => (figure.value.type === 'count' || figure.value.type === 'percent') && !figure.derived,
      )
      .map((figure) => [figure.id, figure] as const),
  )('%s: its number is in its source sentence', (_, figure) => {
    if (figure.value.type !== 'count' && figure.value.type !== 'percent') throw new Error('filtered');
    expect(mentions(figure.source, figure.value.value)).toBe(true);
  });

  test.each(
    figures
      .filter((figure) => /^Berechnet[^:]*:/.test(figure.derived ?? ''))
      .map((figure) => [figure.id, figure] as const),
  )('%s: the derived value is the stated arithmetic on numbers of its source', (_, figure) => {
    const formula = /^Berechnet[^:]*: ([^=;]+)= ([^;]+);/.exec(figure.derived ?? '');
    expect(formula, 'derived note has the form „Berechnet: a − b = c; …“').not.toBeNull();
    const [, left = '', result = ''] = formula ?? [];
    const terms = left.split('−').map((term) => term.trim());
    if (figure.value.type === 'count') {
      const numbers = terms.map(Number);
      for (const input of numbers)
        expect(mentions(figure.source, input), `${String(input)} in source`).toBe(true);
      expect(numbers.slice(1).reduce((rest, term) => rest - term, numbers[0] ?? NaN)).toBe(
        figure.value.value,
      );
      expect(Number(result)).toBe(figure.value.value);
    } else {
      // A share in words: the fractions must add up to the whole.
      const fraction = (term: string): number => {
        const [numerator = NaN, denominator = 1] = term.split('/').map(Number);
        return numerator / denominator;
      };
      const [whole = NaN, ...parts] = terms.map(fraction);
      expect(parts.reduce((rest, part) => rest - part, whole)).toBeCloseTo(fraction(result.trim()));
    }
  });

  test.each(
    figures
      .filter((figure) => figure.value.type === 'share' && !figure.derived)
      .map((figure) => [figure.id, figure] as const),
  )('%s: its wording is in its source sentence', (_, figure) => {
    if (figure.value.type !== 'share') throw new Error('filtered');
    expect(figure.source).toContain(figure.value.wording);
  });

  test.each(
    figures
      .filter((figure) => themeGroups.includes(figure.group))
      .map((figure) => [figure.id, figure] as const),
  )('%s: its label is the theme as the source sentence quotes it', (_, figure) => {
    expect(figure.source).toContain(`„${figure.label}“`);
  });

  test.each(
    figures.filter((figure) => figure.value.type === 'count').map((figure) => [figure.id, figure] as const),
  )('%s: counts out of the 32 responses', (_, figure) => {
    if (figure.value.type !== 'count') throw new Error('filtered');
    expect(figure.value.of).toBe(32);
  });

  test.each(
    figures
      .filter((figure) => figure.derived !== undefined)
      .map((figure) => [figure.id, figure.derived] as const),
  )('%s: says how it was derived, by arithmetic or from the order of the text', (_, derived) => {
    expect(derived).toMatch(
      /^(Berechnet[^:]*: .+; (die Zahl|der Anteil) steht nicht im Papier\.|Rang aus der Reihenfolge im Text; das Papier nennt keine Zahl\.|Zuordnung in der Reihenfolge der Aufzählung im Papier\.)$/,
    );
  });

  test('the derived figures are marked as such', () => {
    const derivedIds = figures.filter((figure) => figure.derived !== undefined).map((figure) => figure.id);
    expect(derivedIds).toEqual(
      expect.arrayContaining([
        'weder-konzept-noch-stellenbeschreibung',
        'personal-bis-11-prozent-oder-ohne-angabe',
        'budget-bis-10-prozent-oder-ohne-angabe',
        'projekte-von-mo',
        'projekte-der-kommune',
        'projekte-gemeinsam',
        'austausch-geschlechtsspezifisch',
        'austausch-andere',
        'gremien-jugend',
        'gremien-arbeit-wirtschaft',
      ]),
    );
  });

  test('the percentages of each group add up to 100', () => {
    const sums = new Map<string, number>();
    for (const figure of figures) {
      if (figure.value.type === 'percent')
        sums.set(figure.group, (sums.get(figure.group) ?? 0) + figure.value.value);
    }
    expect(sums.size).toBeGreaterThan(0);
    for (const [group, sum] of sums) expect(sum, group).toBe(100);
  });
});
