/**
 * The charts the chapters show, built from the real survey data (src/data/figures.yaml) with the `chart` and
 * `others` each chapter's <Figures> asks for: they show the paper's numbers, orders and words, nothing more, and
 * stay legible in every layout. Every chart and layout is kept as an SVG snapshot in __snapshots__/figures/.
 */
import { describe, expect, test } from 'vitest';
import {
  chartBase,
  chartScenes,
  describeChart,
  resolveChart,
  surveyRespondents,
  type DrawnChartKind,
} from '../../../src/lib/charts/figure-chart';
import { barData, quartersIn, rankData } from '../../../src/lib/charts/figure-data';
import type { CircleMark, RectMark, Scene, TextMark } from '../../../src/lib/charts/scene';
import { textWidth } from '../../../src/lib/charts/text';
import type { Figure } from '../../../src/schemas/figure';
import { chapterFileIds, readChapter } from '../../content/chapter-files';
import { loadFigures } from '../../fixtures/data';
import { sceneToSvg } from './scene-svg';

const figures: Figure[] = loadFigures();
const inGroup = (group: string): Figure[] => figures.filter((figure) => figure.group === group);

/** Every <Figures …/> of the chapters, with its attributes. */
const usages = chapterFileIds
  .flatMap((id) => [...readChapter(id).matchAll(/<Figures ([^>]*)\/>/g)])
  .map(([, attributes = '']) =>
    Object.fromEntries(
      [...attributes.matchAll(/(\w+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value]),
    ),
  );

/** The chart kind and notes each usage gets, as Figures.astro resolves them. */
const charts = usages.map(({ group = '', chart, others }) => ({
  group,
  ...resolveChart(figures, { group, chart, others }),
}));
const drawn = charts.filter(
  (chart): chart is typeof chart & { kind: DrawnChartKind } =>
    chart.kind !== undefined && chart.kind !== 'statement',
);
/** The chart in its narrowest layout. */
function narrowest(groupFigures: Figure[], kind: DrawnChartKind, notes: Record<string, string> = {}): Scene {
  const [first] = chartScenes(groupFigures, kind, notes);
  if (first === undefined) throw new Error('no layouts');
  return first.scene;
}
const derivedOf = (group: string): boolean[] => inGroup(group).map((figure) => figure.derived !== undefined);

describe('each group of the chapters gets the chart its values allow', () => {
  test.each([
    ['befragung', undefined],
    ['konzept-stelle', 'bar'],
    ['personal', 'bar'],
    ['foerderformen', 'rank'],
    ['budget', 'quarters'],
    ['institutionell', 'statement'],
    ['raeume', 'bar'],
    ['qualifizierung', 'statement'],
    ['themen-austausch', 'rank'],
    ['themen-andere', undefined],
    ['initiative', 'bar'],
    ['einzelveranstaltungen', 'bar'],
    ['projekte', 'bar'],
    ['ebenen', 'bar'],
    ['gremien-themen', 'rank'],
  ])('%s: %s', (group, kind) => {
    expect(charts.find((chart) => chart.group === group)?.kind).toBe(kind);
  });

  test('every group with figures is shown in a chapter, once', () => {
    expect(charts.map((chart) => chart.group).sort()).toEqual(
      [...new Set(figures.map((f) => f.group))].sort(),
    );
  });

  test('bars only for numbers the paper states, never for shares in words or orders', () => {
    for (const chart of charts.filter(({ kind }) => kind === 'bar'))
      for (const figure of chart.figures) expect(['count', 'percent']).toContain(figure.value.type);
  });

  test('quarter cells only for words that name whole quarters; hedged words stay words', () => {
    expect(['Die Hälfte', 'ein Viertel'].map(quartersIn)).toEqual([2, 1]);
    for (const wording of ['Annähernd Dreiviertel', 'fast die Hälfte', 'zehn Bundesländer'])
      expect(() => quartersIn(wording)).toThrow(/statement/);
  });
});

describe.each(drawn.map((chart) => [chart.group, chart] as const))('the chart of %s', (group, chart) => {
  const scenes = chartScenes(chart.figures, chart.kind, chart.notes);

  test.each(scenes.map(({ layout, scene }) => [layout.name, scene] as const))(
    'at %s width matches the snapshot',
    async (name, scene) => {
      await expect(sceneToSvg(scene, group)).toMatchFileSnapshot(
        `__snapshots__/figures/${group}.${name}.svg`,
      );
    },
  );

  test.each(scenes.map(({ layout, scene }) => [layout.name, layout, scene] as const))(
    'at %s width keeps all text inside the chart and at least about 14 px high on screen',
    (_, layout, scene) => {
      expect((scene.fontSize * layout.minBox) / layout.width).toBeGreaterThanOrEqual(13.5);
      for (const mark of scene.marks.filter((m): m is TextMark => m.type === 'text')) {
        const width = textWidth(mark.text, scene.fontSize, mark.role === 'value');
        const left =
          mark.anchor === 'start' ? mark.x : mark.anchor === 'end' ? mark.x - width : mark.x - width / 2;
        expect(left, mark.text).toBeGreaterThanOrEqual(0);
        expect(left + width, mark.text).toBeLessThanOrEqual(scene.width + 0.1);
      }
    },
  );

  test('marks exactly the derived figures as derived', () => {
    const scene = narrowest(chart.figures, chart.kind, chart.notes);
    if (chart.kind === 'rank') {
      const ranks = [...new Set(rankData(chart.figures).map((datum) => datum.rank))];
      const derivedRanks = ranks.map((rank) =>
        rankData(chart.figures).some((datum) => datum.rank === rank && datum.derived),
      );
      const markers = scene.marks.filter((mark): mark is CircleMark => mark.type === 'circle');
      expect(markers.map((marker) => marker.derived)).toEqual(derivedRanks);
    } else {
      const role = chart.kind === 'bar' ? 'bar' : 'cell';
      const filled = scene.marks.filter(
        (mark): mark is RectMark => mark.type === 'rect' && mark.role === role,
      );
      const derivedRows = [...new Set(filled.map((rect) => rect.y))].map((y) =>
        filled.filter((rect) => rect.y === y).every((rect) => rect.derived),
      );
      expect(derivedRows).toEqual(derivedOf(group));
    }
    for (const figure of chart.figures.filter((f) => f.derived !== undefined))
      expect(describeChart(chart.figures, chart.kind, chart.notes)).toContain(`${figure.label} (abgeleitet)`);
  });

  test('describes every entry with its value in words, and names the 32 responding municipalities', () => {
    const description = describeChart(chart.figures, chart.kind, chart.notes);
    for (const figure of chart.figures) expect(description).toContain(figure.label);
    expect(chartBase(chart.figures, chart.kind, surveyRespondents(figures))).toContain('32 Kommunen');
  });
});

describe('the charts show the survey data', () => {
  test.each(drawn.filter(({ kind }) => kind === 'bar').map((chart) => [chart.group, chart] as const))(
    '%s: bar lengths are proportional to the stated values',
    (_, chart) => {
      const { data, max } = barData(chart.figures);
      for (const { layout, scene } of chartScenes(chart.figures, 'bar')) {
        const rects = scene.marks.filter((mark): mark is RectMark => mark.type === 'rect');
        const frame = rects.find((rect) => rect.role === 'track')?.width ?? NaN;
        const bars = rects.filter((rect) => rect.role === 'bar');
        expect(
          bars.map((bar) => Math.round((bar.width / frame) * max * 10) / 10),
          layout.name,
        ).toEqual(data.map((datum) => datum.value));
      }
    },
  );

  test.each(drawn.filter(({ kind }) => kind === 'rank').map((chart) => [chart.group, chart] as const))(
    '%s: ranks run from the most often named down, entries in the order of the paper',
    (_, chart) => {
      const scene = narrowest(chart.figures, 'rank', chart.notes);
      const numbers = scene.marks.filter(
        (mark): mark is TextMark => mark.type === 'text' && mark.role === 'rank-number',
      );
      const ranks = chart.figures.map((figure) => (figure.value.type === 'rank' ? figure.value.rank : NaN));
      expect(numbers.map((number) => Number(number.text))).toEqual([...new Set(ranks)]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    },
  );

  test('budget: the quarters follow the paper’s words, the derived rest hatched', () => {
    const scene = narrowest(inGroup('budget'), 'quarters');
    const cells = scene.marks.filter(
      (mark): mark is RectMark => mark.type === 'rect' && mark.role === 'cell',
    );
    expect(cells.filter((cell) => !cell.derived)).toHaveLength(3);
    expect(cells.filter((cell) => cell.derived)).toHaveLength(1);
  });

  test('regular exchange: the entry „Andere“ names the themes the paper lists under it', () => {
    const [note] = Object.values(charts.find(({ group }) => group === 'themen-austausch')?.notes ?? {});
    for (const figure of inGroup('themen-andere')) expect(note).toContain(`„${figure.label}“`);
  });
});
