import { t } from '../../../i18n/t';
import { DataLoading } from '../shared/DataLoading';
import { useSelfcheckData } from '../shared/island-data';
import SelfCheck from './SelfCheck';

/** The self-check's island: fetches the catalogue and quotes (`/daten/selbstcheck.json`), then the self-check. */
export default function SelfCheckIsland({ dataUrl }: { dataUrl: string }) {
  const [state, retry] = useSelfcheckData(dataUrl);
  if (state.kind !== 'ready')
    return <DataLoading state={state} what={t('island.selfcheck')} onRetry={retry} />;
  return <SelfCheck {...state.data} />;
}
