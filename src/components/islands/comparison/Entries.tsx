import { useState } from 'preact/hooks';
import { departments } from '../../../data/taxonomy';
import { tc } from '../../../i18n/de-comparison';
import { nameProblem } from '../../../lib/assessment/name';
import type { Comparison, Entry } from '../../../lib/comparison/document';
import { NAME_MAX_LENGTH } from '../../../schemas/assessment';
import { Confirm } from '../selfcheck/Confirm';
import { Notices } from '../selfcheck/Notices';
import type { Notice } from '../selfcheck/types';

interface Props {
  comparison: Comparison;
  notices: readonly Notice<Comparison>[];
  onRename: (entry: Entry, label: string) => void;
  onRemove: (entry: Entry) => void;
  onTitle: (title: string) => void;
  onDate: (date: string) => void;
}

/** The loaded results, numbered as in the chart, each with its department, a way to rename it and to remove it. */
export function Entries({ comparison, notices, onRename, onRemove, onTitle, onDate }: Props) {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [draft, setDraft] = useState('');
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const [emptyTried, setEmptyTried] = useState(false);
  const problem =
    editing === undefined
      ? undefined
      : emptyTried && draft.trim() === ''
        ? tc('comparison.error.labelEmpty')
        : nameProblem(draft);
  const titleProblem = nameProblem(comparison.title ?? '');
  return (
    <section aria-labelledby="geladen" class="comparison-entries">
      <h2 id="geladen">{tc('comparison.entries')}</h2>
      <p class="comparison-meta">
        <span>
          <label for="workshop-titel">{tc('comparison.workshopTitle')}</label>
          {titleProblem !== undefined && (
            <span class="error-message" id="workshop-titel-fehler">
              <span class="visually-hidden">Fehler: </span>
              {titleProblem}
            </span>
          )}
          <input
            id="workshop-titel"
            type="text"
            maxLength={NAME_MAX_LENGTH}
            aria-invalid={titleProblem !== undefined}
            {...(titleProblem !== undefined && { 'aria-describedby': 'workshop-titel-fehler' })}
            value={comparison.title ?? ''}
            onInput={(event) => {
              onTitle(event.currentTarget.value);
            }}
          />
        </span>
        <span>
          <label for="workshop-datum">{tc('comparison.workshopDate')}</label>
          <input
            id="workshop-datum"
            type="date"
            value={comparison.date}
            onInput={(event) => {
              if (event.currentTarget.value !== '') onDate(event.currentTarget.value);
            }}
          />
        </span>
      </p>
      <Notices notices={notices} area="entries" id="meldung-ergebnisse" />
      {comparison.entries.length === 0 ? (
        <p>{tc('comparison.entriesNone')}</p>
      ) : (
        <ol class="entry-list">
          {comparison.entries.map((entry) => {
            const department = entry.assessment.department;
            return (
              <li key={entry.id} class="entry-list__item">
                {editing === entry.id ? (
                  <form
                    class="entry-list__rename"
                    onSubmit={(event) => {
                      event.preventDefault();
                      if (draft.trim() === '') setEmptyTried(true);
                      if (problem !== undefined || draft.trim() === '') {
                        document.getElementById(`umbenennen-${entry.id}`)?.focus();
                        return;
                      }
                      onRename(entry, draft.trim());
                      setEditing(undefined);
                      requestAnimationFrame(() =>
                        document.getElementById(`umbenennen-knopf-${entry.id}`)?.focus(),
                      );
                    }}
                  >
                    <label for={`umbenennen-${entry.id}`}>{tc('comparison.entryLabel')}</label>
                    {problem !== undefined && (
                      <p class="error-message" id={`umbenennen-fehler-${entry.id}`}>
                        <span class="visually-hidden">Fehler: </span>
                        {problem}
                      </p>
                    )}
                    <input
                      id={`umbenennen-${entry.id}`}
                      type="text"
                      maxLength={NAME_MAX_LENGTH}
                      aria-invalid={problem !== undefined}
                      {...(problem !== undefined && { 'aria-describedby': `umbenennen-fehler-${entry.id}` })}
                      value={draft}
                      onInput={(event) => {
                        setDraft(event.currentTarget.value);
                      }}
                    />
                    <span class="button-group">
                      <button type="submit" class="button button--secondary">
                        {tc('comparison.renameSave')}
                      </button>
                      <button
                        type="button"
                        class="link-button"
                        onClick={() => {
                          setEditing(undefined);
                          requestAnimationFrame(() =>
                            document.getElementById(`umbenennen-knopf-${entry.id}`)?.focus(),
                          );
                        }}
                      >
                        {tc('comparison.renameCancel')}
                      </button>
                    </span>
                  </form>
                ) : (
                  <>
                    <span class="entry-list__label">{entry.label}</span>
                    <span class="entry-list__department">
                      {department === undefined
                        ? tc('comparison.entryNoDepartment')
                        : tc('comparison.entryDepartment', { department: departments[department] })}
                    </span>
                    {entry.notices.length > 0 && (
                      <ul class="entry-list__notices">
                        {entry.notices.map((notice) => (
                          <li key={notice}>{notice}</li>
                        ))}
                      </ul>
                    )}
                    <span class="entry-list__actions">
                      <button
                        type="button"
                        id={`umbenennen-knopf-${entry.id}`}
                        class="link-button"
                        aria-label={`${tc('comparison.rename')}: ${entry.label}`}
                        onClick={() => {
                          setDraft(entry.label);
                          setEmptyTried(false);
                          setEditing(entry.id);
                          requestAnimationFrame(() =>
                            document.getElementById(`umbenennen-${entry.id}`)?.focus(),
                          );
                        }}
                      >
                        {tc('comparison.rename')}
                      </button>
                      <button
                        type="button"
                        id={`entfernen-${entry.id}`}
                        class="link-button link-button--warning"
                        aria-label={`${tc('comparison.remove')}: ${entry.label}`}
                        onClick={() => {
                          setConfirming(entry.id);
                        }}
                      >
                        {tc('comparison.remove')}
                      </button>
                    </span>
                  </>
                )}
                {confirming === entry.id && (
                  <Confirm
                    id={`entfernen-bestaetigen-${entry.id}`}
                    text={tc('comparison.confirmRemove', { label: entry.label })}
                    yes={tc('comparison.confirmRemoveYes', { label: entry.label })}
                    onCancel={() => {
                      setConfirming(undefined);
                      requestAnimationFrame(() => document.getElementById(`entfernen-${entry.id}`)?.focus());
                    }}
                    onYes={() => {
                      setConfirming(undefined);
                      onRemove(entry);
                    }}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
