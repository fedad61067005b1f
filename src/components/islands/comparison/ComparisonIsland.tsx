import { tc } from '../../../i18n/de-comparison';
import { DataLoading } from '../shared/DataLoading';
import { useSelfcheckData } from '../shared/island-data';
import ComparisonTool from './ComparisonTool';

/** The comparison's island: fetches the self-check's data (`/daten/selbstcheck.json`), then the comparison. */
export default function ComparisonIsland({ dataUrl }: { dataUrl: string }) {
  const [state, retry] = useSelfcheckData(dataUrl);
  if (state.kind !== 'ready')
    return <DataLoading state={state} what={tc('comparison.loadingName')} onRetry={retry} />;
  return <ComparisonTool {...state.data} />;
}
