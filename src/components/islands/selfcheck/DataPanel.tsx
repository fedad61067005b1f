import { useRef, useState } from 'preact/hooks';
import { count, formatMoment, t } from '../../../i18n/t';
import { nameProblem } from '../../../lib/assessment/name';
import { NAME_MAX_LENGTH, type Assessment } from '../../../schemas/assessment';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';
import { Confirm } from './Confirm';
import { deleteAll, deleteEntry, loadEntry, saveEntry, type DeviceState } from './device';
import { download, readFile, readLink, shareUrl, takeFile } from './io';
import { Notices } from './Notices';
import type { Notice, Notify } from './types';

interface Props {
  catalogue: SelfcheckDimension[];
  /** The answers as they would be saved, exported or shared (with the name, if it is valid). */
  assessment: Assessment;
  /** The name as typed, valid or not. */
  nameDraft: string;
  savedId: string | undefined;
  device: DeviceState;
  notices: readonly Notice[];
  onName: (name: string) => void;
  /** Replaces the answers (after an import or a load), saying so and offering an undo. */
  onReplace: (assessment: Assessment, texts: string[], savedId: string | undefined) => void;
  onSaved: (savedId: string | undefined) => void;
  onDevice: () => void;
  onReset: () => void;
  onUndo: (notice: Notice) => void;
  notify: Notify;
}

const label = (name: string | undefined) =>
  name === undefined || name === '' ? t('selbstcheck.unnamed') : name;
const savedAt = (iso: string | null) => (iso === null ? t('selbstcheck.savedAtUnknown') : formatMoment(iso));

/**
 * Everything that moves answers: save on this device, export, share link, import, start again. Each outcome is
 * shown next to its control; anything that deletes asks first; the name is checked by the import's own rule
 * before anything is written, so the site never writes a file or link it would refuse.
 */
export function DataPanel(props: Props) {
  const { catalogue, assessment, device, notices, notify } = props;
  const [attempted, setAttempted] = useState(false);
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const [link, setLink] = useState('');
  const [pasted, setPasted] = useState('');
  const summary = useRef<HTMLDivElement>(null);
  const problem = nameProblem(props.nameDraft);
  const showProblem = attempted && problem !== undefined;

  /** Runs `action` only with a valid name; otherwise shows the error summary and the inline error. */
  const guarded = (action: () => void) => () => {
    if (problem !== undefined) {
      setAttempted(true);
      notify({ area: 'name', kind: 'error', texts: [t('selbstcheck.nameFirst'), problem] });
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    action();
  };
  const cancel = (focusId: string) => () => {
    setConfirming(undefined);
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  };
  const entries = device.entries;

  return (
    <section class="data-panel no-print" aria-labelledby="selbstcheck-daten">
      <h2 id="selbstcheck-daten">{t('selbstcheck.data')}</h2>
      {showProblem && (
        <div class="error-summary" tabIndex={-1} ref={summary} aria-labelledby="fehler-titel">
          <h3 id="fehler-titel">{t('selbstcheck.errorSummary')}</h3>
          <ul>
            <li>
              <a href="#selbstcheck-name">{problem}</a>
            </li>
          </ul>
        </div>
      )}
      <div class={`form-group${showProblem ? ' form-group--error' : ''}`}>
        <label for="selbstcheck-name">{t('selbstcheck.name')}</label>
        <p id="name-hinweis" class="hint">
          {t('selbstcheck.nameHint')}
        </p>
        {showProblem && (
          <p id="name-fehler" class="error-message">
            <span class="visually-hidden">Fehler: </span>
            {problem}
          </p>
        )}
        <input
          id="selbstcheck-name"
          type="text"
          maxLength={NAME_MAX_LENGTH}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={showProblem ? 'name-hinweis name-fehler' : 'name-hinweis'}
          aria-invalid={showProblem}
          value={props.nameDraft}
          onInput={(event) => {
            props.onName(event.currentTarget.value);
          }}
        />
      </div>

      <h3>{t('selbstcheck.save')}</h3>
      <button
        type="button"
        class="button"
        aria-describedby="meldung-speichern"
        onClick={guarded(() => {
          const saved = saveEntry(assessment, props.savedId);
          if (!saved.ok) {
            notify({ area: 'save', kind: 'error', texts: [saved.error] });
            return;
          }
          props.onSaved(saved.id);
          props.onDevice();
          notify({
            area: 'save',
            kind: 'success',
            texts: [t('selbstcheck.saved', { name: label(assessment.name) }), ...saved.notices],
          });
        })}
      >
        {t('selbstcheck.save')}
      </button>
      <Notices notices={notices} area="save" id="meldung-speichern" />

      <h3>{t('selbstcheck.savedList')}</h3>
      <Notices notices={notices} area="saved" id="meldung-gespeichert" />
      {entries.length === 0 ? (
        <p>{t('selbstcheck.savedNone')}</p>
      ) : (
        <ul class="saved-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <span class="saved-list__name">
                {label(entry.name)} ({savedAt(entry.savedAt)})
              </span>
              <span class="saved-list__actions">
                <button
                  type="button"
                  class="link-button"
                  aria-describedby="meldung-gespeichert"
                  onClick={() => {
                    const loaded = loadEntry(entry.id, catalogue);
                    if (!loaded.ok) {
                      notify({ area: 'saved', kind: 'error', texts: [loaded.error] });
                      return;
                    }
                    props.onReplace(
                      loaded.assessment,
                      [t('selbstcheck.loaded', { name: label(entry.name) }), ...loaded.notices],
                      entry.id,
                    );
                  }}
                >
                  {t('selbstcheck.load')}
                  <span class="visually-hidden">: {label(entry.name)}</span>
                </button>
                <button
                  type="button"
                  id={`loeschen-${entry.id}`}
                  class="link-button link-button--warning"
                  onClick={() => {
                    setConfirming(`entry:${entry.id}`);
                  }}
                >
                  {t('selbstcheck.delete')}
                  <span class="visually-hidden">: {label(entry.name)}</span>
                </button>
              </span>
              {confirming === `entry:${entry.id}` && (
                <Confirm
                  id={`bestaetigen-${entry.id}`}
                  text={t('selbstcheck.confirmDelete', { name: label(entry.name) })}
                  yes={t('selbstcheck.confirmDeleteYes', { name: label(entry.name) })}
                  onCancel={cancel(`loeschen-${entry.id}`)}
                  onYes={() => {
                    setConfirming(undefined);
                    const removed = deleteEntry(entry.id);
                    if (!removed.ok) {
                      notify({ area: 'saved', kind: 'error', texts: [removed.error] });
                      return;
                    }
                    if (props.savedId === entry.id) props.onSaved(undefined);
                    props.onDevice();
                    notify({
                      area: 'saved',
                      kind: 'success',
                      texts: [t('selbstcheck.deleted', { name: label(entry.name) })],
                    });
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {device.hasData &&
        (confirming === 'all' ? (
          <Confirm
            id="bestaetigen-alles"
            text={t('selbstcheck.confirmDeleteAll', {
              count: [
                ...(entries.length > 0
                  ? [count(entries.length, t('selbstcheck.entryOne'), t('selbstcheck.entryOther'))]
                  : []),
                ...(device.unreadable ? [t('selbstcheck.confirmDeleteAllUnreadable')] : []),
              ].join(', '),
            })}
            yes={t('selbstcheck.confirmDeleteAllYes')}
            onCancel={cancel('alles-loeschen')}
            onYes={() => {
              setConfirming(undefined);
              const removed = deleteAll();
              if (!removed.ok) {
                notify({ area: 'saved', kind: 'error', texts: [removed.error] });
                return;
              }
              props.onSaved(undefined);
              props.onDevice();
              notify({ area: 'saved', kind: 'success', texts: [t('selbstcheck.deletedAll')] });
            }}
          />
        ) : (
          <button
            type="button"
            id="alles-loeschen"
            class="button button--warning"
            onClick={() => {
              setConfirming('all');
            }}
          >
            {t('selbstcheck.deleteAll')}
          </button>
        ))}

      <h3>{t('selbstcheck.export')}</h3>
      <div class="button-group">
        {(['json', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            class="button button--secondary"
            aria-describedby="meldung-export"
            onClick={guarded(() => {
              const file = download(assessment, format, catalogue);
              notify({ area: 'export', kind: 'success', texts: [t('selbstcheck.exported', { file })] });
            })}
          >
            {format === 'json' ? t('selbstcheck.exportJson') : t('selbstcheck.exportCsv')}
          </button>
        ))}
      </div>
      <Notices notices={notices} area="export" id="meldung-export" />

      <h3>{t('selbstcheck.shareLink')}</h3>
      <p id="teilen-hinweis" class="hint">
        {t('selbstcheck.shareHint')}
      </p>
      <button
        type="button"
        class="button button--secondary"
        aria-describedby="teilen-hinweis meldung-teilen"
        onClick={guarded(() => {
          const url = shareUrl(assessment);
          setLink(url);
          const copied = (ok: boolean) => {
            notify({
              area: 'share',
              kind: ok ? 'success' : 'info',
              texts: [t(ok ? 'selbstcheck.copied' : 'selbstcheck.copyFailed')],
            });
          };
          // Locked-down browsers (or pages outside a secure context) may have no clipboard; the link is shown anyway.
          if (!('clipboard' in navigator)) copied(false);
          else
            navigator.clipboard.writeText(url).then(
              () => {
                copied(true);
              },
              () => {
                copied(false);
              },
            );
        })}
      >
        {t('selbstcheck.copy')}
      </button>
      <Notices notices={notices} area="share" id="meldung-teilen" />
      {link !== '' && (
        <p>
          <label for="share-link">{t('selbstcheck.shareLink')}</label>
          <input id="share-link" type="url" readOnly value={link} aria-describedby="teilen-hinweis" />
        </p>
      )}

      <h3>{t('selbstcheck.load')}</h3>
      <p>
        <label for="import-file">{t('selbstcheck.importFile')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="meldung-laden"
          onChange={(event) => {
            const file = takeFile(event.currentTarget);
            if (file === undefined) return;
            void readFile(file, catalogue).then((read) => {
              if (!read.ok) {
                notify({ area: 'import', kind: 'error', texts: [read.error] });
                return;
              }
              // An imported file is a new assessment: saving it must not overwrite the one loaded before.
              props.onReplace(
                read.assessment,
                [t('selbstcheck.imported', { name: label(read.assessment.name) }), ...read.notices],
                undefined,
              );
            });
          }}
        />
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const read = readLink(pasted, catalogue);
          if (!read.ok) {
            notify({ area: 'import', kind: 'error', texts: [read.error] });
            return;
          }
          setPasted('');
          props.onReplace(
            read.assessment,
            [t('selbstcheck.imported', { name: label(read.assessment.name) }), ...read.notices],
            undefined,
          );
        }}
      >
        <p>
          <label for="import-link">{t('selbstcheck.importLink')}</label>
          <input
            id="import-link"
            type="text"
            autocomplete="off"
            aria-describedby="meldung-laden"
            value={pasted}
            onInput={(event) => {
              setPasted(event.currentTarget.value);
            }}
          />
        </p>
        <button type="submit" class="button button--secondary">
          {t('selbstcheck.importLinkSubmit')}
        </button>
      </form>
      <Notices notices={notices} area="import" id="meldung-laden" onUndo={props.onUndo} />

      <h3>{t('selbstcheck.reset')}</h3>
      <p id="neu-hinweis" class="hint">
        {t('selbstcheck.resetHint')}
      </p>
      {confirming === 'reset' ? (
        <Confirm
          id="bestaetigen-neu"
          text={t('selbstcheck.confirmReset')}
          yes={t('selbstcheck.confirmResetYes')}
          onCancel={cancel('neu-beginnen')}
          onYes={() => {
            setConfirming(undefined);
            setAttempted(false);
            props.onReset();
          }}
        />
      ) : (
        <button
          type="button"
          id="neu-beginnen"
          class="button button--warning"
          aria-describedby="neu-hinweis"
          onClick={() => {
            setConfirming('reset');
          }}
        >
          {t('selbstcheck.reset')}
        </button>
      )}
    </section>
  );
}
