import { t } from '../../../i18n/t';
import type { DataState } from './island-data';

interface Props {
  state: Exclude<DataState, { kind: 'ready' }>;
  /** What is loading, for the message: „Der Selbstcheck“, „Der Vergleich“. */
  what: string;
  onRetry: () => void;
}

/**
 * What an island shows until its data has arrived: a short note (busy, so tests and assistive technology know
 * to wait), and, if the data cannot be loaded, why and a button to try again. It keeps the room of the page so
 * that nothing below moves when the island appears.
 */
export function DataLoading({ state, what, onRetry }: Props) {
  return (
    <div class="island-loading" aria-busy={state.kind === 'loading'}>
      {state.kind === 'loading' ? (
        <p>{t('island.loading', { what })}</p>
      ) : (
        <div class="notice notice--error" role="alert">
          <p>{t('island.failed', { what })}</p>
          <button type="button" class="button" onClick={onRetry}>
            {t('island.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
