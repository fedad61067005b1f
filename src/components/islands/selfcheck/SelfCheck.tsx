import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DimensionId } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import { scoreAll, type AnswerValue, type DimensionSettings } from '../../../lib/scoring';
import { DataPanel } from './DataPanel';
import { DimensionForm } from './DimensionForm';
import { emptyDraft, readFile, readLink } from './io';
import { Overview } from './Overview';
import { Result } from './Result';
import { Summary } from './Summary';
import type { Draft, Message, SelfCheckProps, View } from './types';

/**
 * The self-check island: holds the answers in memory, moves between overview, one dimension at a time,
 * the answer summary and the result, and announces every outcome in one status region.
 */
export default function SelfCheck(props: SelfCheckProps) {
  const { catalogue } = props;
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [view, setView] = useState<View>({ kind: 'overview' });
  const [message, setMessage] = useState<Message | null>(null);
  const [earlier, setEarlier] = useState<Draft | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const results = useMemo(() => scoreAll(catalogue, draft.answers, draft.settings), [catalogue, draft]);
  const earlierResults = useMemo(
    () => (earlier ? scoreAll(catalogue, earlier.answers, earlier.settings) : null),
    [catalogue, earlier],
  );

  // A shared link opens the result it carries; a broken one says so and changes nothing.
  useEffect(() => {
    if (!location.hash.startsWith('#s=')) return;
    const opened = readLink(location.href, catalogue);
    if (opened.ok) {
      setDraft(opened.draft);
      setView({ kind: 'result' });
      setMessage({
        text: t('selbstcheck.sharedOpened', { name: opened.draft.name || t('selbstcheck.unnamed') }),
      });
    } else {
      setMessage({ text: opened.error, error: true });
    }
    history.replaceState(null, '', location.pathname + location.search);
  }, [catalogue]);

  // Each change of screen moves focus to its heading, so keyboard and screen reader users start there.
  useEffect(() => {
    if (!moved.current) return;
    if (view.kind === 'dimension' && view.focus) {
      document.querySelector<HTMLInputElement>(`#frage-${view.focus} input`)?.focus();
    } else {
      headingRef.current?.focus();
    }
  }, [view]);

  const go = (next: View) => {
    moved.current = true;
    setView(next);
  };
  const setAnswer = (questionId: string, answer: AnswerValue | undefined) => {
    setDraft((current) => {
      const answers = Object.fromEntries(Object.entries(current.answers).filter(([id]) => id !== questionId));
      return { ...current, answers: answer === undefined ? answers : { ...answers, [questionId]: answer } };
    });
  };
  const setSettings = (id: DimensionId, settings: Partial<DimensionSettings>) => {
    setDraft((current) => ({
      ...current,
      settings: { ...current.settings, [id]: { ...current.settings[id], ...settings } },
    }));
  };
  const replaceDraft = (next: Draft, text: string) => {
    setDraft(next);
    setMessage({ text });
  };

  const index = view.kind === 'dimension' ? catalogue.findIndex((d) => d.id === view.id) : -1;
  const dimension = catalogue[index];
  const result = results[index];

  return (
    <div class="selfcheck">
      <div class={`status-message${message?.error ? ' status-message--error' : ''}`} role="status">
        {message?.text}
      </div>
      {view.kind === 'overview' && (
        <Overview
          results={results}
          headingRef={headingRef}
          onOpen={(id) => {
            go({ kind: 'dimension', id });
          }}
          onSummary={() => {
            go({ kind: 'summary' });
          }}
          onResult={() => {
            go({ kind: 'result' });
          }}
        />
      )}
      {view.kind === 'dimension' && dimension && result && (
        <DimensionForm
          key={dimension.id}
          dimension={dimension}
          index={index}
          total={catalogue.length}
          answers={draft.answers}
          settings={result.settings}
          headingRef={headingRef}
          onAnswer={setAnswer}
          onSettings={(settings) => {
            setSettings(dimension.id, settings);
          }}
          onNext={() => {
            const next = catalogue[index + 1];
            go(next ? { kind: 'dimension', id: next.id } : { kind: 'summary' });
          }}
          onOverview={() => {
            go({ kind: 'overview' });
          }}
        />
      )}
      {view.kind === 'summary' && (
        <Summary
          catalogue={catalogue}
          results={results}
          headingRef={headingRef}
          onChange={(id, questionId) => {
            go({ kind: 'dimension', id, focus: questionId });
          }}
          onResult={() => {
            go({ kind: 'result' });
          }}
        />
      )}
      {view.kind === 'result' && (
        <Result
          catalogue={catalogue}
          items={props.items}
          reflection={props.reflection}
          paperOrder={props.paperOrder}
          draft={draft}
          results={results}
          earlier={earlierResults}
          headingRef={headingRef}
          onCompareFile={(file) => {
            void readFile(file, catalogue).then((read) => {
              if (read.ok) {
                setEarlier(read.draft);
                setMessage({ text: t('selbstcheck.compareLoaded', { date: read.draft.date }) });
              } else {
                setMessage({ text: read.error, error: true });
              }
            });
          }}
          onCompareRemove={() => {
            setEarlier(null);
          }}
        />
      )}
      {view.kind !== 'dimension' && (
        <nav class="selfcheck-nav no-print" aria-label={t('selbstcheck.title')}>
          {view.kind !== 'overview' && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => {
                go({ kind: 'overview' });
              }}
            >
              {t('selbstcheck.toOverview')}
            </button>
          )}
        </nav>
      )}
      {view.kind !== 'dimension' && (
        <DataPanel
          catalogue={catalogue}
          draft={draft}
          onName={(name) => {
            setDraft((current) => ({ ...current, name }));
          }}
          onReplace={replaceDraft}
          onMessage={setMessage}
          onReset={() => {
            replaceDraft(emptyDraft(), t('selbstcheck.resetDone'));
            go({ kind: 'overview' });
          }}
        />
      )}
    </div>
  );
}
