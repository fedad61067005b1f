import { formatDate, t } from '../../../i18n/t';
import type { Assessment } from '../../../schemas/assessment';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';
import { readFile, takeFile } from './io';
import { Notices } from './Notices';
import type { Notice, Notify } from './types';

interface Props {
  catalogue: SelfcheckDimension[];
  earlier: Assessment | undefined;
  notices: readonly Notice[];
  notify: Notify;
  onEarlier: (earlier: Assessment | undefined) => void;
}

/** Puts an earlier exported result beside the current one; the current answers stay as they are. */
export function Compare({ catalogue, earlier, notices, notify, onEarlier }: Props) {
  return (
    <section aria-labelledby="vergleich" class="compare">
      <h3 id="vergleich">{t('selbstcheck.compare')}</h3>
      <p id="vergleich-hinweis" class="hint">
        {t('selbstcheck.compareHint')}
      </p>
      {earlier ? (
        <button
          type="button"
          class="button button--secondary"
          aria-describedby="meldung-vergleich"
          onClick={() => {
            onEarlier(undefined);
            notify({ area: 'compare', kind: 'info', texts: [t('selbstcheck.compareRemoved')] });
          }}
        >
          {t('selbstcheck.compareRemove')}
        </button>
      ) : (
        <p>
          <label for="compare-file">{t('selbstcheck.compareFile')}</label>
          <input
            id="compare-file"
            type="file"
            accept=".json,application/json"
            aria-describedby="vergleich-hinweis meldung-vergleich"
            onChange={(event) => {
              const file = takeFile(event.currentTarget);
              if (file === undefined) return;
              void readFile(file, catalogue).then((read) => {
                if (!read.ok) {
                  notify({ area: 'compare', kind: 'error', texts: [read.error] });
                  return;
                }
                onEarlier(read.assessment);
                const date = formatDate(read.assessment.date, 'short');
                notify({
                  area: 'compare',
                  kind: 'success',
                  texts: [t('selbstcheck.compareLoaded', { date }), ...read.notices],
                });
              });
            }}
          />
        </p>
      )}
      <Notices notices={notices} area="compare" id="meldung-vergleich" />
    </section>
  );
}
