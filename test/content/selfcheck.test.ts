/**
 * The self-check catalogue (src/data/selfcheck.yaml) against the schema, the taxonomy, items.yaml,
 * figures.yaml, the chapters' anchors and the paper itself.
 */
import GithubSlugger from 'github-slugger';
import { describe, expect, test } from 'vitest';
import { backgroundItems } from '../../src/data/selfcheck-background';
import { recommendationsOf } from '../../src/lib/linked-items';
import { chapterOutline } from '../../src/lib/passage-titles';
import { sourceTitles } from '../../src/lib/selfcheck/island-data';
import type { Figure } from '../../src/schemas/figure';
import type { Item } from '../../src/schemas/item';
import type { Question, SelfcheckDimension } from '../../src/schemas/selfcheck';
import { chapterIds, dimensions, keysOf, type ChapterId, type ItemKind } from '../../src/data/taxonomy';
import { loadFigures, loadItems, rawSelfcheck, selfcheckSchema } from '../fixtures/data';
import { groupReferences, split } from './chapter-files';
import { parse as parseYaml } from 'yaml';
import { duplicates, norm, paperText } from './paper';

const rawCatalogue = rawSelfcheck();
// Parsed leniently here, so that a schema violation fails the schema test below with its issues listed.
const catalogue: SelfcheckDimension[] = selfcheckSchema.safeParse(rawCatalogue).data ?? [];
const items: Item[] = loadItems();
const figures: Figure[] = loadFigures();

const questions = catalogue.flatMap((dimension) =>
  dimension.questions.map((question) => ({ dimension: dimension.id, question })),
);
const byKind = <K extends Question['kind']>(kind: K) =>
  questions.flatMap(({ question }) =>
    question.kind === kind ? [[question.id, question as Extract<Question, { kind: K }>] as const] : [],
  );

// ---------------------------------------------------------------------------------------------------------------
// The paper and the chapters.

/** The paper without bold and underline marks, whitespace collapsed. */
const paper = norm(paperText.replaceAll('**', '').replace(/<\/?u>/g, ''));

/**
 * The sentences of a text, without their final full stop or colon (a quoted list lead-in ends in a colon in the
 * paper). A split after an abbreviation such as „bspw.“ does no harm: both halves are still found in the paper.
 */
const sentences = (text: string): string[] =>
  norm(text)
    .split(/(?<=[.?!])\s+(?=[A-ZÄÖÜ„])/)
    .map((sentence) => sentence.replace(/[.:]$/, ''));

/** A help text's own sentence explaining the thresholds of a multiple-choice question. */
const isThresholdSentence = (sentence: string): boolean => /^Stufe [123] gilt ab \d+/.test(sentence);

/** Heading text as the reader sees it: MDX escapes, emphasis, links and code marks removed. */
const headingText = (markdown: string): string =>
  markdown
    .replace(/\\(.)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replaceAll('`', '');

/** Ids of the headings of a chapter page: github-slugger slugs, numbered when a heading repeats on the page. */
function headingIds(chapter: ChapterId): string[] {
  const slugger = new GithubSlugger();
  return split(chapter)
    .body.split('\n')
    .flatMap((line) => {
      const match = /^#{1,6}\s+(.+?)\s*$/.exec(line);
      return match ? [slugger.slug(headingText(match[1] ?? ''))] : [];
    });
}

const itemGroups = groupReferences('Items');
/** Ids of the items a chapter page shows: items of that chapter whose group it renders with <Items group>. */
function itemIds(chapter: ChapterId): string[] {
  const groups = new Set(
    itemGroups.filter((reference) => reference.chapter === chapter).map((reference) => reference.group),
  );
  return items.filter((item) => item.chapter === chapter && groups.has(item.group)).map((item) => item.id);
}

/** A chapter's title from its frontmatter. */
const chapterTitle = (chapter: ChapterId): string =>
  (parseYaml(split(chapter).frontmatter) as { title: string }).title;

const anchors = new Map<ChapterId, Set<string>>(
  chapterIds.map((chapter) => [chapter, new Set([...headingIds(chapter), ...itemIds(chapter)])]),
);

// ---------------------------------------------------------------------------------------------------------------
// Numbers in benchmark sentences.

/** Numbers a text states: percentages (before „%“ or „Prozent“, also both ends of a range) and counts (the rest). */
function statedNumbers(text: string): { percents: number[]; counts: number[] } {
  const percents: number[] = [];
  const counts: number[] = [];
  for (const match of text.matchAll(/(\d+)(?:\s*[–-]\s*(\d+))?(\s*(?:%|Prozent))?/g)) {
    const values = [match[1], match[2]].filter((value) => value !== undefined).map(Number);
    (match[3] === undefined ? counts : percents).push(...values);
  }
  return { percents, counts };
}

const figureById = new Map(figures.map((figure) => [figure.id, figure]));
const benchmarks = catalogue.flatMap((dimension) =>
  dimension.benchmark ? [[dimension.id, dimension.benchmark] as const] : [],
);
const citedFigures = (ids: readonly string[]): Figure[] =>
  ids.flatMap((id) => {
    const figure = figureById.get(id);
    return figure ? [figure] : [];
  });

// ---------------------------------------------------------------------------------------------------------------

describe('selfcheck.yaml', () => {
  test('is a list of dimensions the self-check schema accepts', () => {
    const result = selfcheckSchema.safeParse(rawCatalogue);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(catalogue.length).toBeGreaterThan(0);
  });

  test('has every dimension of the taxonomy exactly once, in the taxonomy’s order', () => {
    expect(catalogue.map((dimension) => dimension.id)).toEqual(keysOf(dimensions));
  });

  test('uses every question id only once', () => {
    expect(duplicates(questions.map(({ question }) => question.id))).toEqual([]);
  });

  test.each(questions.map(({ dimension, question }) => [question.id, dimension] as const))(
    '%s starts with the id of its dimension %s',
    (id, dimension) => {
      expect(id.startsWith(`${dimension}-`)).toBe(true);
    },
  );

  test.each(catalogue.map((dimension) => [dimension.id, dimension] as const))(
    '%s introduces its topic in sentences of the paper',
    (_, dimension) => {
      for (const sentence of sentences(dimension.intro)) expect(paper, sentence).toContain(sentence);
    },
  );
});

describe('single-choice questions', () => {
  test.each(byKind('single'))('%s uses every option id only once', (_, question) => {
    expect(duplicates(question.options.map((option) => option.id))).toEqual([]);
  });

  test.each(byKind('single'))(
    '%s lists its options from the lowest level to the highest, from level 0 to level 3',
    (_, question) => {
      const levels = question.options.map((option) => option.level);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
      expect(levels[0]).toBe(0);
      expect(levels.at(-1)).toBe(3);
    },
  );
});

describe('multiple-choice questions', () => {
  test.each(byKind('multi'))('%s uses every choice id only once', (_, question) => {
    expect(duplicates(question.choices.map((choice) => choice.id))).toEqual([]);
  });

  test.each(byKind('multi'))(
    '%s has strictly ascending thresholds no higher than its number of choices',
    (_, question) => {
      const [one, two, three] = question.thresholds;
      expect(one).toBeLessThan(two);
      expect(two).toBeLessThan(three);
      expect(three).toBeLessThanOrEqual(question.choices.length);
    },
  );

  test.each(byKind('multi'))('%s explains its thresholds in its help text', (_, question) => {
    const stated = [...question.help.matchAll(/Stufe ([123])(?: gilt)? ab (\d+)/g)].map((match) => [
      Number(match[1]),
      Number(match[2]),
    ]);
    expect(stated).toEqual(question.thresholds.map((min, index) => [index + 1, min]));
  });

  test('asks about the paper’s eleven themes, each named as the paper quotes it', () => {
    const themes = questions.find(({ question }) => question.id === 'themen-austausch')?.question;
    if (themes?.kind !== 'multi') throw new Error('themen-austausch is not a multiple-choice question');
    expect(themes.choices).toHaveLength(11);
    for (const { label } of themes.choices) expect(paper).toContain(`„${label}“`);
  });
});

describe('every question', () => {
  test.each(questions.map(({ question }) => [question.id, question] as const))(
    '%s comes with help in the paper’s own sentences',
    (_, question) => {
      const own = sentences(question.help).filter((sentence) => !isThresholdSentence(sentence));
      expect(own.length).toBeGreaterThan(0);
      for (const sentence of own) expect(paper, sentence).toContain(sentence);
    },
  );

  test.each(
    questions.map(({ question }) => [question.id, question.source.chapter, question.source.anchor] as const),
  )('%s points to an anchor that exists on its chapter page (%s#%s)', (_, chapter, anchor) => {
    expect([...(anchors.get(chapter) ?? [])]).toContain(anchor);
  });

  test.each(questions.map(({ question }) => [question.id, question] as const))(
    '%s links only items that exist in items.yaml',
    (_, question) => {
      const known = new Set(items.map((item) => item.id));
      expect(recommendationsOf(question).filter((id) => !known.has(id))).toEqual([]);
    },
  );

  test.each(questions.map(({ question }) => [question.id, question] as const))(
    '%s never links the same item twice from one answer',
    (_, question) => {
      const perAnswer =
        question.kind === 'single'
          ? question.options.map((option) => option.recommendations)
          : question.kind === 'multi'
            ? question.choices.map((choice) => choice.recommendationsIfMissing)
            : [question.recommendations];
      expect(perAnswer.flatMap(duplicates)).toEqual([]);
    },
  );
});

describe('the recommendations the answers lead to', () => {
  /** Kinds of item that are the paper's advice, as opposed to obstacles and questions for reflection. */
  const adviceKinds: ItemKind[] = ['empfehlung', 'hinweis', 'beispiel', 'gelingensfaktor'];
  const linked = new Set(questions.flatMap(({ question }) => recommendationsOf(question)));

  test.each(
    items.filter((item) => adviceKinds.includes(item.kind)).map((item) => [item.id, item.kind] as const),
  )('%s (%s) is linked from at least one answer', (id) => {
    expect(linked.has(id)).toBe(true);
  });

  test.each(items.filter((item) => item.kind === 'gelingensfaktor').map((item) => item.id))(
    'the success factor %s is rated by exactly one question of the dimension gelingen, which links it',
    (id) => {
      const gelingen = catalogue.find((dimension) => dimension.id === 'gelingen')?.questions ?? [];
      const rating = gelingen.filter(
        (question) => question.kind === 'rating' && question.recommendations.includes(id),
      );
      expect(rating).toHaveLength(1);
    },
  );
});

describe('benchmarks', () => {
  test.each(benchmarks)('%s cites only figures that exist in figures.yaml', (_, benchmark) => {
    expect(benchmark.figures.filter((id) => !figureById.has(id))).toEqual([]);
    expect(duplicates(benchmark.figures)).toEqual([]);
  });

  test.each(benchmarks)('%s states no number that none of its figures has', (_, benchmark) => {
    const cited = citedFigures(benchmark.figures);
    const counts = new Set(
      cited.flatMap(({ value }) => (value.type === 'count' ? [value.value, value.of] : [])),
    );
    // A percentage is a figure's value, or a bound of the band the figure counts („zwischen 11 % und 25 %“).
    const percents = new Set(
      cited.flatMap(({ value, label }) => [
        ...(value.type === 'percent' ? [value.value] : []),
        ...statedNumbers(label).percents,
      ]),
    );
    const stated = statedNumbers(benchmark.text);
    expect(stated.counts.filter((number) => !counts.has(number))).toEqual([]);
    expect(stated.percents.filter((number) => !percents.has(number))).toEqual([]);
  });

  test.each(benchmarks)('%s states every figure it cites, ranks in their order', (_, benchmark) => {
    const text = benchmark.text.toLowerCase();
    const stated = statedNumbers(benchmark.text);
    const cited = citedFigures(benchmark.figures);
    for (const figure of cited) {
      const { value } = figure;
      if (value.type === 'count') expect(stated.counts, figure.id).toContain(value.value);
      if (value.type === 'percent') expect(stated.percents, figure.id).toContain(value.value);
      if (value.type === 'share') expect(text, figure.id).toContain(value.wording.toLowerCase());
      if (value.type === 'rank') expect(text, figure.id).toContain(figure.label.toLowerCase());
    }
    const ranked = cited.flatMap((figure) =>
      figure.value.type === 'rank'
        ? [{ id: figure.id, rank: figure.value.rank, at: text.indexOf(figure.label.toLowerCase()) }]
        : [],
    );
    for (const higher of ranked)
      for (const lower of ranked.filter((other) => other.rank > higher.rank))
        expect(higher.at, `${higher.id} before ${lower.id}`).toBeLessThan(lower.at);
  });

  test.each(benchmarks)('%s does not attribute values the paper leaves unassigned', (_, benchmark) => {
    const unassigned = citedFigures(benchmark.figures).filter((figure) =>
      figure.derived?.startsWith('Zuordnung'),
    );
    if (unassigned.length > 0) expect(benchmark.text).toMatch(/sagt das Papier nicht/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The rules that keep the result true.

const itemById = new Map(items.map((item) => [item.id, item]));

describe('a better answer never adds an item', () => {
  test.each(byKind('single'))(
    '%s links from each option a subset of what every lower option links',
    (_, question) => {
      for (const better of question.options)
        for (const worse of question.options.filter((option) => option.level < better.level))
          expect(
            better.recommendations.filter((id) => !worse.recommendations.includes(id)),
            `${better.id} links items that ${worse.id} does not`,
          ).toEqual([]);
    },
  );

  test.each(byKind('single'))('%s links nothing from an option at level 3, the highest', (_, question) => {
    for (const option of question.options.filter((candidate) => candidate.level === 3))
      expect(option.recommendations).toEqual([]);
  });
});

describe('deciding questions', () => {
  test.each(catalogue.filter((d) => d.decidedBy !== undefined).map((d) => [d.id, d] as const))(
    '%s is decided by one of its own single- or multiple-choice questions that is always asked and always has an answer with a level',
    (_, dimension) => {
      const deciding = dimension.questions.find((question) => question.id === dimension.decidedBy);
      expect(deciding?.kind).toMatch(/^(single|multi)$/);
      expect(deciding?.askIf).toBeUndefined();
      expect(deciding?.notApplicable).toBe(false);
    },
  );

  test('decide the concept, the job description, the funding form, the rooms and the committees', () => {
    const decided = Object.fromEntries(catalogue.map((dimension) => [dimension.id, dimension.decidedBy]));
    expect(decided).toMatchObject({
      konzept: 'konzept-stand',
      personal: 'personal-stellenbeschreibung',
      foerderung: 'foerderung-form',
      raeume: 'raeume-stand',
      gremien: 'gremien-stand',
    });
  });
});

describe('follow-up questions', () => {
  const followUps = catalogue.flatMap((dimension) =>
    dimension.questions.flatMap((question, index) =>
      question.askIf ? [[question.id, dimension, question, index] as const] : [],
    ),
  );

  test('ask about the concept’s goals and the tasks in job descriptions only after a „yes“', () => {
    const conditions = Object.fromEntries(followUps.map(([id, , question]) => [id, question.askIf]));
    expect(conditions['konzept-inhalte']).toEqual({
      question: 'konzept-stand',
      answers: ['papier', 'beschlossen'],
    });
    expect(conditions['personal-aufgaben']).toEqual({
      question: 'personal-stellenbeschreibung',
      answers: ['teil', 'fokus', 'mehrere-stellen'],
    });
  });

  test.each(followUps)(
    '%s depends on an earlier question of its dimension and on options it has',
    (_, dimension, question, index) => {
      const condition = question.askIf;
      const parentIndex = dimension.questions.findIndex((candidate) => candidate.id === condition?.question);
      expect(parentIndex).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(index);
      const parent = dimension.questions[parentIndex];
      if (condition?.answers === undefined) expect(parent?.kind).toBe('multi');
      else if (parent?.kind === 'single')
        for (const answer of condition.answers)
          expect(parent.options.map((option) => option.id)).toContain(answer);
      else throw new Error('listed answers need a single-choice question');
    },
  );

  test.each(byKind('multi'))('%s has no choice whose id would clash with „Nichts davon“', (_, question) => {
    expect(question.choices.map((choice) => choice.id)).not.toContain('nichts');
  });
});

describe('„Noch zu klären“', () => {
  test.each(questions.map(({ question }) => [question.id, question] as const))(
    '%s names a stock-taking item of the paper for a „Weiß nicht“',
    (_, question) => {
      expect(question.clarify.length).toBeGreaterThan(0);
      for (const id of question.clarify)
        expect(['empfehlung', 'hinweis', 'reflexionsfrage']).toContain(itemById.get(id)?.kind);
    },
  );
});

describe('standings among the 32', () => {
  const standings = questions.flatMap(({ question }) =>
    question.kind === 'single'
      ? question.options.flatMap((option) =>
          option.standing.map((standing) => [`${question.id}:${option.id}`, standing] as const),
        )
      : [],
  );

  test.each(standings)('%s rests on a count of the survey and states no number of its own', (_, standing) => {
    const figure = figureById.get(standing.figure);
    expect(figure?.value.type).toBe('count');
    expect(standing.group).not.toMatch(/\d+ von/);
  });

  test('say where a municipality without representation in committees stands', () => {
    const gremien = questions.find(({ question }) => question.id === 'gremien-stand')?.question;
    if (gremien?.kind !== 'single') throw new Error('gremien-stand');
    const none = gremien.options.find((option) => option.id === 'kein-austausch');
    expect(none?.standing).toContainEqual(
      expect.objectContaining({ figure: 'ebenen-arbeitsgremien', complement: true }),
    );
  });
});

describe('background items', () => {
  test.each(backgroundItems.map((id) => [id] as const))(
    '%s is a recommendation some answer points to',
    (id) => {
      expect(itemById.get(id)?.kind).toBe('empfehlung');
      expect(questions.some(({ question }) => recommendationsOf(question).includes(id))).toBe(true);
    },
  );
});

describe('quoted items are never fragments', () => {
  test.each(
    items
      .filter((item) => /^(Dafür|Dies|Deshalb|Daher)\b/.test(item.text))
      .map((item) => [item.id, item] as const),
  )(
    '%s, which continues a sentence, names the item it continues: the one before it in its group',
    (_, item) => {
      const group = items.filter((other) => other.group === item.group && other.parent === undefined);
      expect(item.continues).toBe(group[group.indexOf(item) - 1]?.id);
    },
  );

  test.each(items.filter((item) => item.text.trim().endsWith(':')).map((item) => [item.id, item] as const))(
    '%s, which ends in a colon, has sub-points or items under it',
    (_, item) => {
      const children = items.filter((other) => other.parent === item.id);
      expect(item.points.length + children.length).toBeGreaterThan(0);
    },
  );
});

describe('links from a question to the paper', () => {
  const outlines = new Map(
    chapterIds.map(
      (chapter) => [chapter, chapterOutline(split(chapter).body, chapterTitle(chapter))] as const,
    ),
  );
  test.each(catalogue.map((dimension) => [dimension.id, dimension] as const))(
    'in %s each name a different passage',
    (_, dimension) => {
      const titles = sourceTitles(dimension.questions, outlines, items);
      expect(duplicates(Object.values(titles))).toEqual([]);
    },
  );
});

describe('questions for other departments', () => {
  test.each(
    questions
      .filter(({ question }) => question.text.includes('der Fachbereich für Integration'))
      .map(({ question }) => [question.id, question] as const),
  )('%s, which asks about the integration office, has a wording for other departments', (_, question) => {
    expect(question.textForOthers).toContain('Ihr Fachbereich');
    expect(question.textForOthers).not.toContain('Fachbereich für Integration');
  });
});
