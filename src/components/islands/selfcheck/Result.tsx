import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { departments, dimensions, type DepartmentId, type DimensionId } from '../../../data/taxonomy';
import { count, formatDate, t } from '../../../i18n/t';
import type { DimensionResult } from '../../../lib/selfcheck/levels';
import type { RankedItem } from '../../../lib/selfcheck/priorities';
import type { SelfcheckResult } from '../../../lib/selfcheck/result';
import { reasonLines, whySentence } from '../../../lib/selfcheck/words';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';
import { ItemQuote } from '../shared/ItemQuote';
import { LevelTable } from './LevelTable';
import { TaskList } from './Overview';
import { Summary } from './Summary';
import type { SelfCheckProps } from './types';

interface Props {
  catalogue: SelfcheckDimension[];
  items: SelfCheckProps['items'];
  respondents: SelfCheckProps['respondents'];
  result: SelfcheckResult;
  name: string | undefined;
  department: DepartmentId | undefined;
  date: string;
  /** An earlier result to compare with. */
  earlier: DimensionResult[] | undefined;
  /** The page's own address of the recommendations index, for the printout. */
  indexUrl: string;
  /** The workshop comparison with this result loaded, where the action plan is made. */
  planUrl: string;
  headingRef: Ref<HTMLHeadingElement>;
  onOpen: (id: DimensionId, focus?: string) => void;
  /** The comparison with an earlier file, rendered by the root (it owns the file input's messages). */
  compare: preact.ComponentChildren;
}

const date = (iso: string) => formatDate(iso);

/**
 * The result: the next steps first, then the level of each dimension (chart and table), the „Weiß nicht“
 * answers to clarify, and, collapsed or in their own sections, everything else the answers point to.
 */
export function Result(props: Props) {
  const { catalogue, items, result } = props;
  const [appendix, setAppendix] = useState(false);
  const heading = (
    <h2 id="selbstcheck-ergebnis" tabIndex={-1} ref={props.headingRef}>
      {t('selbstcheck.result')}
      {props.name === undefined ? '' : `: ${props.name}`}
    </h2>
  );
  if (result.state === 'empty') {
    return (
      <section aria-labelledby="selbstcheck-ergebnis" class="selfcheck-result">
        {heading}
        <p>{t('selbstcheck.empty')}</p>
        <TaskList results={result.dimensions} onOpen={props.onOpen} />
      </section>
    );
  }
  const open = result.dimensions.filter((dimension) => dimension.status === 'open').length;
  return (
    <section
      aria-labelledby="selbstcheck-ergebnis"
      class={`selfcheck-result${appendix ? ' selfcheck-result--appendix' : ''}`}
    >
      {heading}
      <p>
        {props.department !== undefined && (
          <>{t('selbstcheck.departmentShown', { department: departments[props.department] })}. </>
        )}
        {t('selbstcheck.resultDate', { date: date(props.date) })}.{' '}
        {t('selbstcheck.resultCounts', { ...result.counts })}
      </p>
      {result.state === 'all-unknown' && <p class="notice notice--info">{t('selbstcheck.allUnknown')}</p>}
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
        <div class="choice choice--inline">
          <input
            type="checkbox"
            id="ausdruck-antworten"
            checked={appendix}
            onChange={(event) => {
              setAppendix(event.currentTarget.checked);
            }}
          />
          <label for="ausdruck-antworten">{t('selbstcheck.printAnswers')}</label>
        </div>
      </div>

      <h3>{t('selbstcheck.steps')}</h3>
      <p class="hint">{t('selbstcheck.stepsHint')}</p>
      {result.steps.length === 0 ? (
        <p class="notice notice--info">
          {result.state === 'all-unknown'
            ? t('selbstcheck.noStepsUnknown')
            : result.counts.belowTarget > 0
              ? t('selbstcheck.noStepsUnlinked')
              : open > 0
                ? t('selbstcheck.noStepsOpen', { open })
                : t('selbstcheck.noSteps')}
        </p>
      ) : (
        <ol class="steps">
          {result.steps.map((step) => {
            const item = items[step.itemId];
            if (item === undefined) return null;
            const lines = reasonLines(step.reasons);
            return (
              <li key={step.itemId} class="step">
                <h4 class="step__dimension">{dimensions[step.dimension]}</h4>
                <ItemQuote item={item} idPrefix="schritt" />
                <p class="step__why">
                  <strong>{t('selbstcheck.why')}</strong> {whySentence(step.reasons)}
                </p>
                {lines.length > 1 && (
                  <>
                    <p class="step__answers">{t('selbstcheck.yourAnswers')}</p>
                    <ul class="reasons">
                      {lines.map((line) => (
                        <li key={line.questionId}>{line.text}</li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}

      {result.steps.length > 0 && (
        <p class="no-print plan-link">
          <a href={props.planUrl}>{t('selbstcheck.plan')}</a> {t('selbstcheck.planHint')}
        </p>
      )}

      <LevelTable
        catalogue={catalogue}
        result={result}
        respondents={props.respondents}
        earlier={props.earlier}
        onOpen={props.onOpen}
      />

      {result.clarifications.length > 0 && (
        <section aria-labelledby="noch-zu-klaeren" class="clarify">
          <h3 id="noch-zu-klaeren">{t('selbstcheck.clarify')}</h3>
          <p class="hint">{t('selbstcheck.clarifyHint')}</p>
          <ul class="clarifications">
            {result.clarifications.map((clarification) => {
              const item = items[clarification.itemId];
              if (item === undefined) return null;
              return (
                <li key={clarification.itemId}>
                  <ItemQuote item={item} idPrefix="klaeren" />
                  <p class="clarify__for">{t('selbstcheck.clarifyFor')}</p>
                  <ul>
                    {clarification.questions.map((question) => (
                      <li key={question.questionId}>
                        {dimensions[question.dimension]}: „{question.question}“
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <div class="no-print">
        {result.groups.length > 0 && (
          <section aria-labelledby="weitere-empfehlungen">
            <h3 id="weitere-empfehlungen">{t('selbstcheck.more')}</h3>
            <p class="hint">{t('selbstcheck.moreHint')}</p>
            {result.groups.map((group) => (
              <details key={group.dimension} class="more">
                <summary>
                  {t('selbstcheck.moreDimension', {
                    dimension: dimensions[group.dimension],
                    count: count(
                      group.items.length,
                      t('selbstcheck.recommendationOne'),
                      t('selbstcheck.recommendationOther'),
                    ),
                  })}
                </summary>
                <RankedList ranked={group.items} items={items} idPrefix={`weitere-${group.dimension}`} />
              </details>
            ))}
          </section>
        )}
        {result.obstacles.length > 0 && (
          <section aria-labelledby="hindernisse">
            <h3 id="hindernisse">{t('selbstcheck.obstacles')}</h3>
            <p class="hint">{t('selbstcheck.obstaclesHint')}</p>
            <RankedList ranked={result.obstacles} items={items} idPrefix="hindernis" />
          </section>
        )}
        {result.reflection.length > 0 && (
          <section aria-labelledby="reflexion">
            <h3 id="reflexion">{t('selbstcheck.reflection')}</h3>
            <p class="hint">{t('selbstcheck.reflectionHint')}</p>
            <ul class="ranked">
              {result.reflection.map((entry) => {
                const item = items[entry.itemId];
                if (item === undefined) return null;
                return (
                  <li key={entry.itemId}>
                    <ItemQuote item={item} idPrefix="reflexion" />
                    <Reasons lines={reasonLines(entry.reasons).map((line) => line.text)} />
                  </li>
                );
              })}
            </ul>
          </section>
        )}
        {result.background.length > 0 && (
          <section aria-labelledby="hintergrund">
            <h3 id="hintergrund">{t('selbstcheck.background')}</h3>
            <p class="hint">
              {t('selbstcheck.backgroundHint', {
                count: count(
                  result.background.reduce((sum, entry) => sum + reasonLines(entry.reasons).length, 0),
                  t('selbstcheck.answerOne'),
                  t('selbstcheck.answerOther'),
                ),
              })}
            </p>
            <RankedList ranked={result.background} items={items} idPrefix="hintergrund" />
          </section>
        )}
        {props.compare}
      </div>

      <p class="print-only">{t('selbstcheck.printSource', { url: props.indexUrl })}</p>
      {appendix && (
        <div class="print-only appendix">
          <Summary
            catalogue={catalogue}
            results={result.dimensions}
            headingLevel={3}
            title={t('selbstcheck.appendix')}
          />
        </div>
      )}
    </section>
  );
}

/** Items with the answers that point to them. */
function RankedList({
  ranked,
  items,
  idPrefix,
}: {
  ranked: RankedItem[];
  items: SelfCheckProps['items'];
  idPrefix: string;
}) {
  return (
    <ol class="ranked">
      {ranked.map((entry) => {
        const item = items[entry.itemId];
        if (item === undefined) return null;
        return (
          <li key={entry.itemId}>
            <ItemQuote item={item} idPrefix={idPrefix} />
            <Reasons lines={reasonLines(entry.reasons).map((line) => line.text)} />
          </li>
        );
      })}
    </ol>
  );
}

/** „Ihre Antworten dazu:“ and one line per question. */
function Reasons({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <p class="step__answers">{t('selbstcheck.yourAnswers')}</p>
      <ul class="reasons">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
