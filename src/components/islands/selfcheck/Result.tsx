import type { Ref } from 'preact';
import { dimensions } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import { compareResults, rankPriorities, weakDimensions, type Priority } from '../../../lib/priorities';
import { importanceLabels } from '../../../lib/scale';
import type { DimensionResult } from '../../../lib/scoring';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';
import { LevelChartSvg } from './LevelChartSvg';
import { Summary } from './Summary';
import type { Draft, SelfCheckProps } from './types';

interface Props extends Pick<SelfCheckProps, 'items' | 'reflection' | 'paperOrder'> {
  catalogue: SelfcheckDimension[];
  draft: Draft;
  results: DimensionResult[];
  /** An earlier result to compare with. */
  earlier: DimensionResult[] | null;
  headingRef: Ref<HTMLHeadingElement>;
  onCompareFile: (file: File) => void;
  onCompareRemove: () => void;
}

/** How many priorities show at once; the rest wait behind a disclosure, so the list stays a list of priorities. */
const TOP = 10;

const number = (value: number) => value.toLocaleString('de-DE', { maximumFractionDigits: 1 });
const date = (iso: string) => new Date(`${iso}T12:00:00`).toLocaleDateString('de-DE');

/** Level in words: „Stufe 2 von 3: Strategiepapier (Mittelwert 2,5)“. */
function levelWords(result: DimensionResult, dimension: SelfcheckDimension): string {
  if (result.level === null || result.reached === null) return t('selbstcheck.levelUnknown');
  const words = t('selbstcheck.levelWords', {
    level: result.reached,
    label: dimension.levels[result.reached].label,
  });
  return result.level === result.reached
    ? words
    : `${words} (${t('selbstcheck.mean', { mean: number(result.level) })})`;
}

/** The result: levels with chart and table, ranked priorities, reflection questions, comparison. */
export function Result(props: Props) {
  const { catalogue, results, items, draft, earlier } = props;
  const dimensionOf = (id: string) => catalogue.find((d) => d.id === id);
  const priorities = rankPriorities(results, catalogue, props.paperOrder).filter((p) => items[p.itemId]);
  const weak = weakDimensions(results).map((r) => r.id);
  const reflection = props.reflection.filter((item) => item.dimensions.some((d) => weak.includes(d)));
  const changes = earlier ? compareResults(earlier, results) : [];
  const chartData = results.map((result) => ({
    id: result.id,
    label: `${dimensions[result.id]}: ${result.level === null ? t('selbstcheck.levelUnknown') : number(result.level)}`,
    level: result.level,
    target: result.settings.target,
    ...(earlier && { before: changes.find((c) => c.id === result.id)?.before ?? null }),
  }));

  return (
    <section aria-labelledby="selbstcheck-ergebnis" class="selfcheck-result">
      <h2 id="selbstcheck-ergebnis" tabIndex={-1} ref={props.headingRef}>
        {t('selbstcheck.result')}
        {draft.name ? `: ${draft.name}` : ''}
      </h2>
      <p>{t('selbstcheck.resultDate', { date: date(draft.date) })}</p>
      <div class="button-group no-print">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          {t('selbstcheck.print')}
        </button>
      </div>

      <h3>{t('selbstcheck.levels')}</h3>
      <figure class="level-figure">
        {/* Two layouts of one chart; CSS shows the one that fits, the other is hidden from everyone. */}
        <LevelChartSvg id="stufen-breit" width={600} fontSize={17} data={chartData} />
        <LevelChartSvg id="stufen-schmal" width={300} fontSize={15} data={chartData} />
        <figcaption>{t('selbstcheck.chartDesc')}</figcaption>
      </figure>
      <div class="table-scroll" role="region" aria-label={t('selbstcheck.levels')} tabIndex={0}>
        <table class="result-table">
          <caption class="visually-hidden">{t('selbstcheck.levels')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('selbstcheck.table.dimension')}</th>
              <th scope="col">{t('selbstcheck.table.level')}</th>
              <th scope="col">{t('selbstcheck.table.target')}</th>
              <th scope="col">{t('selbstcheck.table.importance')}</th>
              {earlier && <th scope="col">{t('selbstcheck.table.before')}</th>}
              {earlier && <th scope="col">{t('selbstcheck.table.change')}</th>}
            </tr>
          </thead>
          <tbody>
            {results.map((result) => {
              const dimension = dimensionOf(result.id);
              const change = changes.find((c) => c.id === result.id);
              if (!dimension) return null;
              return (
                <tr key={result.id}>
                  <th scope="row">{dimensions[result.id]}</th>
                  <td>{levelWords(result, dimension)}</td>
                  <td>{t('selbstcheck.level', { level: result.settings.target })}</td>
                  <td>{importanceLabels[result.settings.importance as 1 | 2 | 3]}</td>
                  {earlier && <td>{change?.before === null || !change ? '–' : number(change.before)}</td>}
                  {earlier && (
                    <td>
                      {change?.delta === null || !change
                        ? '–'
                        : `${change.delta > 0 ? '+' : ''}${number(change.delta)}`}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3>{t('selbstcheck.table.benchmark')}</h3>
      <dl class="benchmarks">
        {catalogue
          .filter((dimension) => dimension.benchmark)
          .map((dimension) => (
            <div key={dimension.id}>
              <dt>{dimensions[dimension.id]}</dt>
              <dd>{dimension.benchmark?.text}</dd>
            </div>
          ))}
      </dl>

      <h3>{t('selbstcheck.priorities')}</h3>
      <p>{t('selbstcheck.prioritiesHint')}</p>
      {priorities.length === 0 ? (
        <p class="notice">{t('selbstcheck.noPriorities')}</p>
      ) : (
        <>
          <ol class="priorities">
            {priorities.slice(0, TOP).map((priority) => (
              <PriorityItem key={priority.itemId} priority={priority} items={items} results={results} />
            ))}
          </ol>
          {priorities.length > TOP && (
            <details class="more-priorities">
              <summary>{t('selbstcheck.morePriorities', { count: priorities.length - TOP })}</summary>
              <ol class="priorities" start={TOP + 1}>
                {priorities.slice(TOP).map((priority) => (
                  <PriorityItem key={priority.itemId} priority={priority} items={items} results={results} />
                ))}
              </ol>
            </details>
          )}
        </>
      )}

      {reflection.length > 0 && (
        <>
          <h3>{t('selbstcheck.reflection')}</h3>
          <p>{t('selbstcheck.reflectionHint')}</p>
          <ul class="reflection-list">
            {reflection.map((item) => (
              <li key={item.id}>
                <a href={item.href}>{item.text}</a>
              </li>
            ))}
          </ul>
        </>
      )}

      <div class="no-print compare">
        <h3>{t('selbstcheck.compare')}</h3>
        <p id="compare-hint">{t('selbstcheck.compareHint')}</p>
        {earlier ? (
          <button type="button" class="button button--secondary" onClick={props.onCompareRemove}>
            {t('selbstcheck.compareRemove')}
          </button>
        ) : (
          <p>
            <label for="compare-file">{t('selbstcheck.compareFile')}</label>
            <input
              id="compare-file"
              type="file"
              accept=".json,application/json"
              aria-describedby="compare-hint"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file) props.onCompareFile(file);
                event.currentTarget.value = '';
              }}
            />
          </p>
        )}
      </div>

      <div class="print-only">
        <Summary catalogue={catalogue} results={results} headingLevel={3} />
      </div>
    </section>
  );
}

/** One priority: the item, why it is here (dimension, weight, the answers), and a link to it in the paper. */
function PriorityItem({
  priority,
  items,
  results,
}: {
  priority: Priority;
  items: SelfCheckProps['items'];
  results: DimensionResult[];
}) {
  const item = items[priority.itemId];
  const result = results.find((r) => r.id === priority.dimension);
  if (!item || !result) return null;
  return (
    <li class="priority">
      <p class="priority__text">{item.text}</p>
      <p class="priority__meta">
        {dimensions[priority.dimension]} ·{' '}
        {t('selbstcheck.weight', {
          gap: number(result.gap ?? 0),
          importance: importanceLabels[result.settings.importance as 1 | 2 | 3],
          weight: number(priority.weight),
        })}
      </p>
      <p class="priority__because">{t('selbstcheck.because')}</p>
      <ul>
        {priority.reasons.map((reason) => (
          <li key={reason.questionId}>
            „{reason.question}“: {reason.answer}
          </li>
        ))}
      </ul>
      <p>
        <a href={item.href}>
          {t('selbstcheck.readMore')}
          <span class="visually-hidden">: {item.text.slice(0, 60)}…</span>
        </a>
      </p>
    </li>
  );
}
