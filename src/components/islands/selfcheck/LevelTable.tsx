import { dimensions, type DimensionId } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import { levelChart } from '../../../lib/charts/level-chart';
import type { DimensionResult } from '../../../lib/selfcheck/levels';
import type { SelfcheckResult } from '../../../lib/selfcheck/result';
import { decimal, levelShort, levelWords, settingsWords } from '../../../lib/selfcheck/words';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';
import { ChartSvg } from '../../figures/ChartSvg';

interface Props {
  catalogue: SelfcheckDimension[];
  result: SelfcheckResult;
  /** How many municipalities answered the survey. */
  respondents: number;
  earlier: DimensionResult[] | undefined;
  onOpen: (id: DimensionId, focus?: string) => void;
}

/** Two layouts of the chart; CSS shows the one that fits (the narrow one keeps its text legible on a phone). */
const layouts = [
  { name: 'breit', width: 600, fontSize: 17 },
  { name: 'schmal', width: 300, fontSize: 15 },
] as const;

/** The change from an earlier value: „+1“, „−0,5“, or „–“ when either is unknown. */
function change(before: number | null | undefined, after: number | null): string {
  if (before === undefined || before === null || after === null) return '–';
  const delta = Math.round((after - before) * 10) / 10;
  return delta > 0 ? `+${decimal(delta)}` : delta < 0 ? `−${decimal(-delta)}` : '0';
}

/**
 * Each dimension's level in a chart and in a table of the same values in words: what the answers say, the
 * target and importance (marked where preset, with a way to change them) and where the answers place the
 * municipality among the surveyed ones (derived numbers marked as such), or the survey's benchmark.
 */
export function LevelTable({ catalogue, result, respondents, earlier, onOpen }: Props) {
  const comparison = t('selbstcheck.table.comparison', { respondents });
  const beforeOf = (id: DimensionId) => earlier?.find((candidate) => candidate.id === id)?.value;
  const data = result.dimensions.map((dimension) => ({
    id: dimension.id,
    label: `${dimensions[dimension.id]}: ${levelShort(dimension)}`,
    value: dimension.value,
    target: dimension.settings.target,
    before: beforeOf(dimension.id),
  }));
  return (
    <section aria-labelledby="stand-je-bereich" class="levels">
      <h3 id="stand-je-bereich">{t('selbstcheck.levels')}</h3>
      <p class="hint">{t('selbstcheck.levelsHint')}</p>
      <figure class="level-figure">
        {layouts.map((layout) => (
          <ChartSvg
            key={layout.name}
            scene={levelChart(data, layout.width, layout.fontSize)}
            id={`stufen-${layout.name}`}
            title={t('selbstcheck.chartTitle')}
            class={`level-chart level-chart--${layout.name}`}
          />
        ))}
        <figcaption>{t('selbstcheck.chartDesc')}</figcaption>
      </figure>
      <table class="result-table">
        <caption class="visually-hidden">{t('selbstcheck.levels')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('selbstcheck.table.dimension')}</th>
            <th scope="col">{t('selbstcheck.table.level')}</th>
            <th scope="col">{t('selbstcheck.table.target')}</th>
            <th scope="col">{t('selbstcheck.table.importance')}</th>
            <th scope="col">{comparison}</th>
            {earlier && <th scope="col">{t('selbstcheck.table.before')}</th>}
            {earlier && <th scope="col">{t('selbstcheck.table.change')}</th>}
          </tr>
        </thead>
        <tbody>
          {catalogue.map((dimension, index) => {
            const row = result.dimensions[index];
            if (row === undefined) return null;
            const settings = settingsWords(row);
            const standings = result.standings[dimension.id] ?? [];
            const before = beforeOf(dimension.id);
            return (
              <tr key={dimension.id}>
                <th scope="row">{dimensions[dimension.id]}</th>
                <td data-label={t('selbstcheck.table.level')}>
                  {levelWords(dimension, row)}
                  {row.level.kind === 'decided' && (
                    <span class="result-table__answer">
                      {t('selbstcheck.yourAnswer', { answer: row.level.answer })}
                    </span>
                  )}
                </td>
                <td data-label={t('selbstcheck.table.target')}>
                  {settings.target}
                  {settings.targetPreset && <span class="preset">{t('selbstcheck.presetShort')}</span>}
                  <button
                    type="button"
                    class="link-button no-print result-table__change"
                    onClick={() => {
                      onOpen(dimension.id, 'ziel');
                    }}
                  >
                    {t('selbstcheck.changeSettings')}
                    <span class="visually-hidden">: {dimensions[dimension.id]}</span>
                  </button>
                </td>
                <td data-label={t('selbstcheck.table.importance')}>
                  {settings.importance}
                  {settings.importancePreset && <span class="preset">{t('selbstcheck.presetShort')}</span>}
                </td>
                <td data-label={comparison}>
                  {standings.length > 0
                    ? standings.map((standing) => (
                        <p key={standing.text}>
                          {standing.text}
                          {standing.derived !== undefined && (
                            <span class="derived-note"> ({standing.derived})</span>
                          )}
                        </p>
                      ))
                    : dimension.benchmark && (
                        <p class="result-table__benchmark">{dimension.benchmark.text}</p>
                      )}
                </td>
                {earlier && (
                  <td data-label={t('selbstcheck.table.before')}>
                    {before === undefined || before === null ? '–' : decimal(before)}
                  </td>
                )}
                {earlier && <td data-label={t('selbstcheck.table.change')}>{change(before, row.value)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
