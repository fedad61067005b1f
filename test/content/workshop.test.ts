/**
 * The workshop data (src/data/workshop.yaml): it matches its schema; every quote is the paper's own wording, whole
 * sentences of one paragraph, in the chapter it names; every item exists, the handout's items are of their group's
 * kind; the agendas have every step and give the self-check at least the time the estimate says it takes.
 */
import { describe, expect, test } from 'vitest';
import { selfcheckDuration } from '../../src/lib/workshop/duration';
import { workshopSchema, type PaperQuote } from '../../src/schemas/workshop';
import { loadItems, loadSelfcheck, readYaml } from '../fixtures/data';
import { readChapter } from './chapter-files';
import { norm, paperText } from './paper';

const raw = readYaml('src/data/workshop.yaml');
const workshop = workshopSchema.parse(raw);
const items = loadItems();
const itemById = new Map(items.map((item) => [item.id, item]));

/** Emphasis marks of the source and escapes of the MDX files are not part of the wording. */
const plain = (text: string): string =>
  norm(
    text
      .replaceAll('**', '')
      .replaceAll('\\*', '*')
      .replaceAll('*Migrantenorganisationen*', 'Migrantenorganisationen')
      .replace(/\[\^\d+\]/g, '')
      .replaceAll('¹', ''),
  );
/** The paper's paragraphs (blocks between blank lines), each with its whitespace collapsed. */
const paragraphs = paperText.split(/\n\s*\n/).map(plain);

/** Every block of the data that cites the paper, with where it is. */
const blocks: { where: string; quotes: PaperQuote[]; items: string[] }[] = [
  { where: 'purpose', ...workshop.purpose },
  { where: 'invite', ...workshop.invite },
  ...workshop.invite.groups.map((group) => ({ where: `invite ${group.id}`, ...group })),
  ...workshop.phases.map((phase) => ({ where: `phase ${phase.id}`, ...phase })),
  ...workshop.departments.map((department) => ({ where: `department ${department.id}`, ...department })),
  ...workshop.handout.groups.map((group) => ({ where: `handout ${group.id}`, ...group })),
];
const quotes = blocks.flatMap(({ where, quotes }) =>
  quotes.map((quote) => [where, quote.text, quote] as const),
);
const texts = quotes.map(([, text]) => text);

test('the data matches its schema', () => {
  expect(workshopSchema.safeParse(raw).error?.issues ?? []).toEqual([]);
});

describe('quotes of the paper', () => {
  test('there are quotes to check', () => {
    expect(quotes.length).toBeGreaterThan(10);
  });

  test.each(quotes)('%s: „%s“ is whole sentences of one paragraph of the paper, verbatim', (_, __, quote) => {
    const text = plain(quote.text);
    const paragraph = paragraphs.find((candidate) => candidate.includes(text));
    expect(paragraph, 'a paragraph of the paper containing the quote').toBeDefined();
    const before = paragraph?.slice(0, paragraph.indexOf(text)) ?? '';
    // A list entry of the paper begins with „- “; otherwise the quote begins its paragraph or a sentence.
    expect(before.replace(/^-\s*/, ''), 'text before the quote in its paragraph').toMatch(/(^|[.?!:]\s)$/);
    expect(text, 'the quote ends a sentence').toMatch(/[.?!:]“?$/);
  });

  test.each(quotes)('%s: „%s“ stands in the chapter it names', (_, __, quote) => {
    expect(plain(readChapter(quote.source.chapter))).toContain(plain(quote.text));
  });

  test.each([
    'Das Papier bietet eine Gesprächsgrundlage für den Austausch mit anderen Fachbereichen der Verwaltung und mit den Migrantenorganisationen und ihren Dachverbänden.',
    'Die Bedarfe, Erwartungen und Potenziale der Migrantenorganisationen sind unterschiedlich. Deswegen sind die hier skizzierten Empfehlungen durch eigene Beiträge der Migrantenorganisationen vor Ort zu ergänzen.',
    'Zwei Fachbereiche, die verstärkt Migrantenorganisationen institutionell fördern sind die Bereiche Kultur und Jugend/Erziehung/Bildung.',
  ])('the guide quotes „%s“', (text) => {
    expect(texts).toContain(text);
  });
});

describe('items of the paper', () => {
  test.each(blocks.flatMap(({ where, items: ids }) => ids.map((id) => [where, id] as const)))(
    '%s cites the item „%s“, which exists',
    (_, id) => {
      expect(itemById.has(id)).toBe(true);
    },
  );

  test.each(workshop.handout.groups.map((group) => [group.id, group] as const))(
    'the handout group „%s“ holds only items of its kind, at most five',
    (_, group) => {
      expect(group.items.map((id) => itemById.get(id)?.kind)).toEqual(group.items.map(() => group.kind));
      expect(group.items.length).toBeLessThanOrEqual(5);
    },
  );

  test('the handout has reflection questions, success factors and obstacles', () => {
    expect(workshop.handout.groups.map((group) => group.kind).sort()).toEqual([
      'gelingensfaktor',
      'hindernis',
      'reflexionsfrage',
    ]);
  });

  /** Whether an item is a question of the paper or has questions under it. */
  const asks = (id: string): boolean =>
    itemById.get(id)?.kind === 'reflexionsfrage' ||
    (itemById.get(id)?.text.includes('?') ?? false) ||
    items.some((child) => child.parent === id && child.kind === 'reflexionsfrage');

  test.each(
    workshop.phases.filter((phase) => phase.id !== 'pause').map((phase) => [phase.id, phase] as const),
  )('the step „%s“ brings at least one of the paper’s questions', (_, phase) => {
    expect(phase.items.filter(asks)).not.toEqual([]);
  });
});

describe('departments', () => {
  const byId = new Map(workshop.departments.map((department) => [department.id, department]));

  test('the paper speaks to youth, culture, social affairs, urban planning and economic development', () => {
    expect([...byId.keys()]).toEqual(
      expect.arrayContaining(['jugend', 'kultur', 'soziales', 'stadtplanung', 'wirtschaft']),
    );
  });

  test('youth is told about the recognition as a provider of youth welfare', () => {
    expect(byId.get('jugend')?.items).toContain('multifunktionale-mo-anerkennung');
  });

  test.each(['soziales', 'stadtplanung', 'wirtschaft'])(
    '„%s“ gets one of the paper’s strategic questions',
    (id) => {
      expect(byId.get(id)?.items.some((item) => item.startsWith('strategie-'))).toBe(true);
    },
  );

  test('economic development is told how little exchange there is on its theme', () => {
    expect(byId.get('wirtschaft')?.quotes.map((quote) => quote.text)).toContain(
      'Am wenigsten Austausch gibt es zu den Themen „Arbeits- und Wirtschaftsförderung“ und „Sport“, sowie zum offenen Themenfeld des Fragenbogens „Andere“.',
    );
  });
});

describe('agendas', () => {
  const steps = ['ankommen', 'impuls', 'selbstcheck', 'vergleich', 'diskussion', 'vereinbarungen'];
  const duration = selfcheckDuration(loadSelfcheck(), workshop.estimate);

  test('there is one for two hours and one for half a day', () => {
    expect(workshop.agendas.map((agenda) => [agenda.id, agenda.minutes])).toEqual([
      ['zwei-stunden', 120],
      ['halber-tag', 240],
    ]);
  });

  test.each(workshop.agendas.map((agenda) => [agenda.id, agenda] as const))(
    '„%s“ has every step in order: arrival, input, self-checks, comparison, discussion, agreements',
    (_, agenda) => {
      expect(agenda.slots.map((slot) => slot.phase).filter((phase) => phase !== 'pause')).toEqual(steps);
    },
  );

  test.each(workshop.agendas.map((agenda) => [agenda.id, agenda] as const))(
    '„%s“ gives the self-check at least the estimated time of its longest way',
    (_, agenda) => {
      const slot = agenda.slots.find((candidate) => candidate.phase === 'selbstcheck');
      expect(slot?.minutes).toBeGreaterThanOrEqual(duration.most.minutes);
    },
  );

  test('the schema refuses an agenda whose slots do not add up', () => {
    const broken = structuredClone(raw) as { agendas: { minutes: number }[] };
    if (broken.agendas[0]) broken.agendas[0].minutes += 5;
    expect(workshopSchema.safeParse(broken).error?.issues.map((issue) => issue.message)).toEqual([
      'Agenda „zwei-stunden“: its slots add up to 120 minutes, not 125',
    ]);
  });
});
