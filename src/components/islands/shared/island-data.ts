import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SelfcheckData } from '../../../lib/selfcheck/island-data';

/** The island's data: on its way, there, or not to be had (offline before the first visit, a broken file). */
export type DataState = { kind: 'loading' } | { kind: 'ready'; data: SelfcheckData } | { kind: 'failed' };

/** Whether a fetched value has the shape the islands rely on; anything else counts as a failed load. */
function isSelfcheckData(value: unknown): value is SelfcheckData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<Record<keyof SelfcheckData, unknown>>;
  return (
    Array.isArray(data.catalogue) &&
    Array.isArray(data.paperOrder) &&
    typeof data.respondents === 'number' &&
    [data.items, data.standings, data.sources].every((part) => typeof part === 'object' && part !== null)
  );
}

/**
 * Fetches the self-check's data (`/daten/selbstcheck.json`) after hydration; the server's HTML and the first
 * render both show the loading state, so hydration matches. `retry` fetches again after a failure.
 */
export function useSelfcheckData(url: string): [DataState, () => void] {
  const [state, setState] = useState<DataState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    fetch(url)
      .then((response) => (response.ok ? response.json() : undefined))
      .then((value: unknown) => {
        if (current) setState(isSelfcheckData(value) ? { kind: 'ready', data: value } : { kind: 'failed' });
      })
      .catch(() => {
        if (current) setState({ kind: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [url, attempt]);
  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return [state, retry];
}
