import type { Ref } from 'preact';
import { departments, dimensions, keysOf, type DepartmentId, type DimensionId } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import type { DimensionResult } from '../../../lib/selfcheck/levels';

interface Props {
  results: DimensionResult[];
  department: DepartmentId | undefined;
  onDepartment: (department: DepartmentId) => void;
  headingRef: Ref<HTMLHeadingElement>;
  onOpen: (id: DimensionId) => void;
  onSummary: () => void;
  onResult: () => void;
}

/** The task list: every dimension with its status, in any order. */
export function Overview({
  results,
  department,
  onDepartment,
  headingRef,
  onOpen,
  onSummary,
  onResult,
}: Props) {
  const done = results.filter((r) => r.status === 'done').length;
  return (
    <section aria-labelledby="selbstcheck-uebersicht">
      <h2 id="selbstcheck-uebersicht" tabIndex={-1} ref={headingRef}>
        {t('selbstcheck.overview')}
      </h2>
      <p>
        {t('selbstcheck.progress', { done, total: results.length })}. {t('selbstcheck.overviewHint')}
      </p>
      <fieldset class="question" aria-describedby="fachbereich-hinweis">
        <legend class="question__legend">{t('selbstcheck.department')}</legend>
        <p class="hint" id="fachbereich-hinweis">
          {t('selbstcheck.departmentHint')}
        </p>
        {keysOf(departments).map((id) => (
          <div class="choice" key={id}>
            <input
              type="radio"
              id={`fachbereich-${id}`}
              name="fachbereich"
              checked={department === id}
              onChange={() => {
                onDepartment(id);
              }}
            />
            <label for={`fachbereich-${id}`}>{departments[id]}</label>
          </div>
        ))}
      </fieldset>
      <TaskList results={results} onOpen={onOpen} />
      <div class="button-group">
        <button type="button" class="button" onClick={onResult}>
          {t('selbstcheck.toResult')}
        </button>
        <button type="button" class="button button--secondary" onClick={onSummary}>
          {t('selbstcheck.toSummary')}
        </button>
      </div>
    </section>
  );
}

/** The dimensions as a task list with their status; also the way back from an empty result. */
export function TaskList({ results, onOpen }: Pick<Props, 'results' | 'onOpen'>) {
  return (
    <ol class="task-list">
      {results.map((result) => (
        <li key={result.id} class="task-list__item">
          <button
            type="button"
            class="link-button"
            aria-describedby={`status-${result.id}`}
            onClick={() => {
              onOpen(result.id);
            }}
          >
            {dimensions[result.id]}
          </button>
          <strong id={`status-${result.id}`} class={`tag tag--${result.status}`}>
            {t(`selbstcheck.status.${result.status}`)}
          </strong>
        </li>
      ))}
    </ol>
  );
}
