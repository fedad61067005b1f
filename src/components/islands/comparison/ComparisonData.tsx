import { useState } from 'preact/hooks';
import { formatDate, t } from '../../../i18n/t';
import { tc } from '../../../i18n/de-comparison';
import type { Comparison } from '../../../lib/comparison/document';
import { Confirm } from '../selfcheck/Confirm';
import { Notices } from '../selfcheck/Notices';
import type { Notice } from '../selfcheck/types';

/** What device storage holds for the workshop. */
export type SavedWorkshop =
  { kind: 'none' } | { kind: 'comparison'; comparison: Comparison } | { kind: 'damaged' };

interface Props {
  saved: SavedWorkshop;
  notices: readonly Notice<Comparison>[];
  link: string;
  hasEntries: boolean;
  onSave: () => void;
  onLoadSaved: () => void;
  onDeleteSaved: () => void;
  onShare: () => void;
  onExport: (part: 'json' | 'stand' | 'massnahmen') => void;
  onReset: () => void;
}

const date = (iso: string) => formatDate(iso, 'short');

/** Keeping, sharing and exporting the workshop; everything that deletes or overwrites asks first. */
export function ComparisonData(props: Props) {
  const { saved, notices } = props;
  const [confirming, setConfirming] = useState<'overwrite' | 'delete' | 'reset' | undefined>(undefined);
  const back = (id: string) => () => {
    setConfirming(undefined);
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  };
  if (!props.hasEntries && saved.kind === 'none') return null;
  return (
    <section aria-labelledby="workshop-daten" class="data-panel no-print">
      <h2 id="workshop-daten">{tc('comparison.data')}</h2>

      <h3>{tc('comparison.save')}</h3>
      {saved.kind === 'comparison' && (
        <p>
          {tc('comparison.savedOne', {
            title: saved.comparison.title ?? tc('comparison.unnamed'),
            date: date(saved.comparison.date),
          })}
        </p>
      )}
      {confirming === 'overwrite' ? (
        <Confirm
          id="workshop-ersetzen"
          text={tc('comparison.confirmOverwrite')}
          yes={tc('comparison.confirmOverwriteYes')}
          onCancel={back('workshop-speichern')}
          onYes={() => {
            setConfirming(undefined);
            props.onSave();
          }}
        />
      ) : (
        <div class="button-group">
          {props.hasEntries && (
            <button
              type="button"
              id="workshop-speichern"
              class="button"
              aria-describedby="meldung-workshop-speichern"
              onClick={() => {
                if (saved.kind === 'none') props.onSave();
                else setConfirming('overwrite');
              }}
            >
              {tc('comparison.save')}
            </button>
          )}
          {saved.kind === 'comparison' && (
            <button type="button" class="button button--secondary" onClick={props.onLoadSaved}>
              {tc('comparison.loadSaved')}
            </button>
          )}
          {saved.kind !== 'none' && confirming !== 'delete' && (
            <button
              type="button"
              id="workshop-loeschen"
              class="button button--warning"
              onClick={() => {
                setConfirming('delete');
              }}
            >
              {tc('comparison.deleteSaved')}
            </button>
          )}
        </div>
      )}
      {confirming === 'delete' && (
        <Confirm
          id="workshop-loeschen-bestaetigen"
          text={tc('comparison.confirmDeleteSaved')}
          yes={tc('comparison.confirmDeleteSavedYes')}
          onCancel={back('workshop-loeschen')}
          onYes={() => {
            setConfirming(undefined);
            props.onDeleteSaved();
          }}
        />
      )}
      <Notices notices={notices} area="save" id="meldung-workshop-speichern" />

      {props.hasEntries && (
        <>
          <h3>{tc('comparison.shareLink')}</h3>
          <p id="workshop-teilen-hinweis" class="hint">
            {tc('comparison.shareHint')}
          </p>
          <button
            type="button"
            class="button button--secondary"
            aria-describedby="workshop-teilen-hinweis meldung-workshop-teilen"
            onClick={props.onShare}
          >
            {tc('comparison.share')}
          </button>
          <Notices notices={notices} area="share" id="meldung-workshop-teilen" />
          {props.link !== '' && (
            <p>
              <label for="workshop-link">{tc('comparison.shareLink')}</label>
              <input
                id="workshop-link"
                type="url"
                readOnly
                value={props.link}
                aria-describedby="workshop-teilen-hinweis"
              />
            </p>
          )}

          <h3>{t('selbstcheck.export')}</h3>
          <div class="button-group">
            {(
              [
                ['json', tc('comparison.exportJson')],
                ['stand', tc('comparison.exportLevels')],
                ['massnahmen', tc('comparison.exportActions')],
              ] as const
            ).map(([part, label]) => (
              <button
                key={part}
                type="button"
                class="button button--secondary"
                aria-describedby="meldung-workshop-export"
                onClick={() => {
                  props.onExport(part);
                }}
              >
                {label}
              </button>
            ))}
          </div>
          <Notices notices={notices} area="export" id="meldung-workshop-export" />

          <h3>{tc('comparison.reset')}</h3>
          {confirming === 'reset' ? (
            <Confirm
              id="workshop-leeren"
              text={tc('comparison.confirmReset')}
              yes={tc('comparison.confirmResetYes')}
              onCancel={back('workshop-alles-entfernen')}
              onYes={() => {
                setConfirming(undefined);
                props.onReset();
              }}
            />
          ) : (
            <button
              type="button"
              id="workshop-alles-entfernen"
              class="button button--warning"
              onClick={() => {
                setConfirming('reset');
              }}
            >
              {tc('comparison.reset')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
