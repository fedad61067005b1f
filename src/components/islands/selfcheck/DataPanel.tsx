import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n/t';
// Already in the island's bundle: every way in (io.ts → parse.ts) checks with this schema module.
import { NAME_MAX_LENGTH } from '../../../schemas/assessment';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';
import {
  downloadDraft,
  listDevice,
  loadDevice,
  readFile,
  readLink,
  removeAllDevice,
  removeDevice,
  saveDevice,
  shareUrl,
  type SavedEntry,
} from './io';
import type { Draft, Message } from './types';

interface Props {
  catalogue: SelfcheckDimension[];
  draft: Draft;
  onName: (name: string) => void;
  onReplace: (draft: Draft, message: string) => void;
  onMessage: (message: Message) => void;
  onReset: () => void;
}

/** Everything that moves answers: save on this device, export, share link, import. */
export function DataPanel({ catalogue, draft, onName, onReplace, onMessage, onReset }: Props) {
  const [saved, setSaved] = useState<SavedEntry[]>([]);
  // Device storage exists only in the browser, so it is read after the first render.
  useEffect(() => {
    setSaved(refresh(onMessage));
  }, [onMessage]);
  const [savedId, setSavedId] = useState<string | undefined>(undefined);
  const [link, setLink] = useState('');
  const [pasted, setPasted] = useState('');
  const label = (name: string) => name || t('selbstcheck.unnamed');

  return (
    <section class="data-panel" aria-labelledby="selbstcheck-daten">
      <h2 id="selbstcheck-daten">{t('selbstcheck.data')}</h2>
      <p>{t('selbstcheck.privacy')}</p>

      <h3>{t('selbstcheck.save')}</h3>
      <p>
        <label for="selbstcheck-name">{t('selbstcheck.name')}</label>
        <input
          id="selbstcheck-name"
          type="text"
          maxLength={NAME_MAX_LENGTH}
          autocomplete="off"
          value={draft.name}
          onInput={(event) => {
            onName(event.currentTarget.value);
          }}
        />
      </p>
      <button
        type="button"
        class="button"
        onClick={() => {
          const result = saveDevice(draft, savedId);
          if (!result.ok) {
            onMessage({ text: result.error, error: true });
            return;
          }
          setSavedId(result.id);
          setSaved(refresh(onMessage));
          onMessage({ text: t('selbstcheck.saved', { name: label(draft.name) }) });
        }}
      >
        {t('selbstcheck.save')}
      </button>

      <h3>{t('selbstcheck.savedList')}</h3>
      {saved.length === 0 ? (
        <p>{t('selbstcheck.savedNone')}</p>
      ) : (
        <>
          <ul class="saved-list">
            {saved.map((entry) => (
              <li key={entry.id}>
                <span>
                  {label(entry.name)} ({new Date(entry.savedAt).toLocaleString('de-DE')})
                </span>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    const loaded = loadDevice(entry.id, catalogue);
                    if (!loaded.ok) {
                      onMessage({ text: loaded.error, error: true });
                      return;
                    }
                    setSavedId(entry.id);
                    onReplace(loaded.draft, t('selbstcheck.loaded', { name: label(entry.name) }));
                  }}
                >
                  {t('selbstcheck.load')}
                  <span class="visually-hidden">: {label(entry.name)}</span>
                </button>
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    const removed = removeDevice(entry.id);
                    if (!removed.ok) {
                      onMessage({ text: removed.error, error: true });
                      return;
                    }
                    if (savedId === entry.id) setSavedId(undefined);
                    setSaved(refresh(onMessage));
                    onMessage({ text: t('selbstcheck.deleted', { name: label(entry.name) }) });
                  }}
                >
                  {t('selbstcheck.delete')}
                  <span class="visually-hidden">: {label(entry.name)}</span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              const removed = removeAllDevice();
              if (!removed.ok) {
                onMessage({ text: removed.error, error: true });
                return;
              }
              setSavedId(undefined);
              setSaved([]);
              onMessage({ text: t('selbstcheck.deletedAll') });
            }}
          >
            {t('selbstcheck.deleteAll')}
          </button>
        </>
      )}

      <h3>{t('selbstcheck.export')}</h3>
      <div class="button-group">
        {(['json', 'csv'] as const).map((format) => (
          <button
            key={format}
            type="button"
            class="button button--secondary"
            onClick={() => {
              const file = downloadDraft(draft, format, catalogue);
              onMessage({ text: t('selbstcheck.exported', { file }) });
            }}
          >
            {format === 'json' ? t('selbstcheck.exportJson') : t('selbstcheck.exportCsv')}
          </button>
        ))}
      </div>

      <h3>{t('selbstcheck.shareLink')}</h3>
      <p id="share-hint">{t('selbstcheck.shareHint')}</p>
      <div class="button-group">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            const url = shareUrl(draft);
            setLink(url);
            navigator.clipboard.writeText(url).then(
              () => {
                onMessage({ text: t('selbstcheck.copied') });
              },
              () => {
                onMessage({ text: t('selbstcheck.copyFailed') });
              },
            );
          }}
        >
          {t('selbstcheck.copy')}
        </button>
      </div>
      {link && (
        <p>
          <label for="share-link">{t('selbstcheck.shareLink')}</label>
          <input id="share-link" type="url" readOnly value={link} aria-describedby="share-hint" />
        </p>
      )}

      <h3>{t('selbstcheck.load')}</h3>
      <p>
        <label for="import-file">{t('selbstcheck.importFile')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (!file) return;
            void readFile(file, catalogue).then((read) => {
              if (!read.ok) {
                onMessage({ text: read.error, error: true });
                return;
              }
              // An imported file is a new assessment: saving it must not overwrite the one loaded before.
              setSavedId(undefined);
              onReplace(read.draft, t('selbstcheck.imported', { name: label(read.draft.name) }));
            });
          }}
        />
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const read = readLink(pasted, catalogue);
          if (read.ok) {
            setPasted('');
            setSavedId(undefined);
            onReplace(read.draft, t('selbstcheck.imported', { name: label(read.draft.name) }));
          } else {
            onMessage({ text: read.error, error: true });
          }
        }}
      >
        <p>
          <label for="import-link">{t('selbstcheck.importLink')}</label>
          <input
            id="import-link"
            type="text"
            autocomplete="off"
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

      <h3>{t('selbstcheck.reset')}</h3>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => {
          setSavedId(undefined);
          onReset();
        }}
      >
        {t('selbstcheck.reset')}
      </button>
    </section>
  );
}

/** Reads the device list; a damaged store yields what is valid and a notice, never an exception. */
function refresh(onMessage: (message: Message) => void): SavedEntry[] {
  const listed = listDevice();
  if (listed.notice) onMessage({ text: listed.notice, error: true });
  return listed.entries;
}
