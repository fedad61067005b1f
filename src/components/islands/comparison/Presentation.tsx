import { useEffect, useRef, useState } from 'preact/hooks';
import { dimensions } from '../../../data/taxonomy';
import { tc } from '../../../i18n/de-comparison';
import { compareChart } from '../../../lib/charts/compare-chart';
import type { DimensionComparison } from '../../../lib/comparison/aggregate';
import type { Entry } from '../../../lib/comparison/document';
import type { ItemQuote as Quote } from '../../../lib/item-quote';
import { ChartSvg } from '../../figures/ChartSvg';
import { ItemQuote } from '../shared/ItemQuote';
import { chartRows } from './CompareView';

interface Props {
  entries: readonly Entry[];
  compared: readonly DimensionComparison[];
  /** The paper's questions for reflection, by dimension. */
  questions: Readonly<Record<string, Quote[]>>;
  onClose: () => void;
}

/**
 * The projector view: one dimension per screen in large type, with each department's level, the survey's
 * benchmark and the paper's questions for reflection. A modal dialog: arrow keys or the buttons move, Escape or
 * „Präsentation beenden“ leaves it.
 */
export function Presentation({ entries, compared, questions, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [index, setIndex] = useState(0);
  const row = compared[index];
  useEffect(() => {
    dialog.current?.showModal();
    const element = dialog.current;
    return () => {
      element?.close();
    };
  }, []);
  useEffect(() => {
    heading.current?.focus();
  }, [index]);
  if (row === undefined) return null;
  const go = (step: number) => {
    setIndex((current) => Math.min(compared.length - 1, Math.max(0, current + step)));
  };
  const [chart] = chartRows(entries, [row]);
  return (
    <dialog
      ref={dialog}
      class="presentation"
      aria-labelledby="praesentation-titel"
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight' || event.key === 'PageDown') {
          event.preventDefault();
          go(1);
        } else if (event.key === 'ArrowLeft' || event.key === 'PageUp') {
          event.preventDefault();
          go(-1);
        }
      }}
    >
      <div class="presentation__bar">
        <p class="presentation__hint">{tc('comparison.presentationHint')}</p>
        <button type="button" class="button button--secondary" onClick={onClose}>
          {tc('comparison.close')}
        </button>
      </div>
      <h2 id="praesentation-titel" tabIndex={-1} ref={heading} class="presentation__title">
        <span class="presentation__step">
          {tc('comparison.slide', { index: index + 1, total: compared.length })}
        </span>{' '}
        {dimensions[row.dimension]}
      </h2>
      <div class="presentation__body">
        <div class="presentation__chart">
          {chart !== undefined && (
            <ChartSvg
              scene={compareChart([{ ...chart, label: '' }], 480, 18)}
              id={`praesentation-${row.dimension}`}
              title={tc('comparison.chartTitle')}
              class="compare-chart presentation__svg"
            />
          )}
          <ol class="presentation__values">
            {row.values.map((value, n) => (
              <li key={value.entryId}>
                <span class="presentation__number">{n + 1}</span> {value.label}:{' '}
                {value.kind === 'unknown' ? tc('comparison.unknownBrief') : value.words}
              </li>
            ))}
          </ol>
          {row.benchmark !== undefined && (
            <p class="presentation__benchmark">{tc('comparison.benchmark', { text: row.benchmark })}</p>
          )}
        </div>
        {(questions[row.dimension] ?? []).length > 0 && (
          <div class="presentation__questions">
            <h3>{tc('comparison.questions')}</h3>
            {(questions[row.dimension] ?? []).map((item) => (
              <ItemQuote key={item.id} item={item} idPrefix="praesentation" />
            ))}
          </div>
        )}
      </div>
      <div class="presentation__nav">
        <button
          type="button"
          class="button button--secondary"
          disabled={index === 0}
          onClick={() => {
            go(-1);
          }}
        >
          {tc('comparison.previous')}
        </button>
        <button
          type="button"
          class="button"
          disabled={index === compared.length - 1}
          onClick={() => {
            go(1);
          }}
        >
          {tc('comparison.next')}
        </button>
      </div>
    </dialog>
  );
}
