import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DimensionId } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import { createAssessment } from '../../../lib/assessment/document';
import { cleanName, nameProblem } from '../../../lib/assessment/name';
import { encodeShareFragment } from '../../../lib/assessment/share-link';
import { catalogueFor } from '../../../lib/selfcheck/department';
import { scoreAll } from '../../../lib/selfcheck/levels';
import { selfcheckResult } from '../../../lib/selfcheck/result';
import { readTab, tabStorage, writeTab, type TabState } from '../../../lib/selfcheck/session';
import { hashOf, isShareHash, viewOf, type View } from '../../../lib/selfcheck/views';
import { withBase } from '../../../lib/url';
import { workshopPages } from '../../../data/workshop-pages';
import type { Answer, Assessment } from '../../../schemas/assessment';
import { Compare } from './Compare';
import { DataPanel } from './DataPanel';
import { deviceState, type DeviceState } from './device';
import { DimensionStep } from './DimensionStep';
import { readLink } from './io';
import { Announcer, Notices } from './Notices';
import { Overview } from './Overview';
import { Result } from './Result';
import { Summary } from './Summary';
import type { Notice, Notify, SelfCheckProps } from './types';

const emptyDevice: DeviceState = { entries: [], notices: [], hasData: false, unreadable: false };
const hasAnswers = (assessment: Assessment) => Object.keys(assessment.answers).length > 0;

/**
 * The self-check island. Its state is an assessment document, kept in the tab's sessionStorage so that a reload,
 * Back or a same-tab link loses nothing; every screen is a history entry; every outcome is shown next to what
 * caused it and announced in one live region.
 */
export default function SelfCheck(props: SelfCheckProps) {
  const { catalogue } = props;
  // The first render matches the server's HTML (the overview, no answers); the tab's state follows after hydration.
  const [assessment, setAssessment] = useState<Assessment>(() => createAssessment(new Date(0)));
  const [nameDraft, setNameDraft] = useState('');
  const [savedId, setSavedId] = useState<string | undefined>(undefined);
  const [view, setView] = useState<View>({ kind: 'overview' });
  const [notices, setNotices] = useState<Notice[]>([]);
  const [announced, setAnnounced] = useState<Notice | undefined>(undefined);
  const [earlier, setEarlier] = useState<Assessment | undefined>(undefined);
  const [device, setDevice] = useState<DeviceState>(emptyDevice);
  const [restored, setRestored] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const nextId = useRef(1);
  const current = useRef({ assessment, savedId });
  current.current = { assessment, savedId };

  const context = useMemo(
    () => ({ catalogue, items: props.items, paperOrder: props.paperOrder, standings: props.standings }),
    [catalogue, props.items, props.paperOrder, props.standings],
  );
  const result = useMemo(() => selfcheckResult(assessment, context), [assessment, context]);
  // Questions about „der Fachbereich für Integration“ read „Ihr Fachbereich“ for other departments.
  const asked = useMemo(
    () => catalogueFor(catalogue, assessment.department),
    [catalogue, assessment.department],
  );
  const earlierResults = useMemo(
    () => (earlier ? scoreAll(catalogue, earlier) : undefined),
    [catalogue, earlier],
  );

  const notify: Notify = useCallback((notice) => {
    const full = { ...notice, id: nextId.current++ };
    setNotices((shown) => [...shown.filter((other) => other.area !== notice.area), full]);
    setAnnounced(full);
  }, []);

  /** Replaces the answers, says what changed, and offers to bring the previous ones back. */
  const replace = useCallback(
    (next: Assessment, texts: string[], nextSavedId: string | undefined, area: Notice['area'] = 'import') => {
      const previous = current.current;
      setAssessment(next);
      setNameDraft(next.name ?? '');
      setSavedId(nextSavedId);
      const replaced = hasAnswers(previous.assessment);
      notify({
        area,
        kind: 'success',
        texts: replaced ? [...texts, t('selbstcheck.replaced')] : texts,
        undo: replaced ? previous : undefined,
      });
    },
    [notify],
  );

  const openShared = useCallback(
    (address: string) => {
      const opened = readLink(address, catalogue);
      if (opened.ok) {
        const name = opened.assessment.name ?? t('selbstcheck.unnamed');
        replace(
          opened.assessment,
          [t('selbstcheck.sharedOpened', { name }), ...opened.notices],
          undefined,
          'page',
        );
        setView({ kind: 'result' });
        history.replaceState(null, '', hashOf({ kind: 'result' }) || location.pathname);
      } else {
        notify({ area: 'page', kind: 'error', texts: [opened.error], sticky: true });
        history.replaceState(null, '', location.pathname + location.search);
      }
    },
    [catalogue, notify, replace],
  );

  const refreshDevice = useCallback(() => {
    const state = deviceState();
    setDevice(state);
    if (state.notices.length > 0)
      notify({ area: 'saved', kind: 'error', texts: state.notices, sticky: true });
    else setNotices((shown) => shown.filter((notice) => !(notice.area === 'saved' && notice.sticky)));
  }, [notify]);

  // After hydration: the tab's answers, device storage, then the address (a share link or a step).
  useEffect(() => {
    const read = readTab(tabStorage(), catalogue);
    if (read.kind === 'state') {
      setAssessment(read.state.assessment);
      setNameDraft(read.state.nameDraft ?? read.state.assessment.name ?? '');
      setSavedId(read.state.savedId);
      current.current = { assessment: read.state.assessment, savedId: read.state.savedId };
    } else if (read.kind === 'none') {
      setAssessment(createAssessment());
    } else {
      setAssessment(createAssessment());
      notify({ area: 'page', kind: 'error', texts: [t('selbstcheck.sessionLost')], sticky: true });
    }
    refreshDevice();
    if (isShareHash(location.hash)) openShared(location.href);
    else setView(viewOf(location.hash) ?? { kind: 'overview' });
    setRestored(true);
    const onPop = () => {
      if (isShareHash(location.hash)) return;
      const next = viewOf(location.hash);
      if (next === undefined) return;
      moved.current = true;
      setView(next);
    };
    // A share link pasted into the address bar of the open page.
    const onHash = () => {
      if (isShareHash(location.hash)) openShared(location.href);
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onHash);
    };
  }, [catalogue, notify, openShared, refreshDevice]);

  // The tab keeps every change, so nothing is lost on reload or Back; leaving the page writes the latest state
  // once more, in case it left before the effect of the last change had run.
  const tabState = useRef<TabState | undefined>(undefined);
  tabState.current = restored
    ? { assessment, savedId, nameDraft: nameDraft === (assessment.name ?? '') ? undefined : nameDraft }
    : undefined;
  useEffect(() => {
    if (tabState.current !== undefined) writeTab(tabStorage(), tabState.current);
  }, [assessment, savedId, nameDraft, restored]);
  useEffect(() => {
    const flush = () => {
      if (tabState.current !== undefined) writeTab(tabStorage(), tabState.current);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
    };
  }, []);

  // Each change of screen moves focus to its heading (or the question to change).
  useEffect(() => {
    if (!moved.current) return;
    if (view.kind === 'dimension' && view.focus !== undefined) {
      const target = view.focus === 'ziel' ? `#ziel-${view.id} input` : `#frage-${view.focus} input`;
      document.querySelector<HTMLInputElement>(target)?.focus();
    } else {
      headingRef.current?.focus();
    }
  }, [view]);

  const go = (next: View) => {
    moved.current = true;
    const hash = hashOf(next);
    if (location.hash !== hash) history.pushState(null, '', hash || location.pathname + location.search);
    // Outcomes belong to the screen they happened on; only lasting problems stay.
    setNotices((shown) => shown.filter((notice) => notice.sticky === true));
    setView(next);
  };
  const setAnswer = (questionId: string, answer: Answer | undefined) => {
    setAssessment((state) => {
      const answers = Object.fromEntries(Object.entries(state.answers).filter(([id]) => id !== questionId));
      return { ...state, answers: answer === undefined ? answers : { ...answers, [questionId]: answer } };
    });
  };
  const setSettings = (id: DimensionId, settings: { target?: number; importance?: number }) => {
    setAssessment((state) => ({
      ...state,
      settings: { ...state.settings, [id]: { ...state.settings[id], ...settings } },
    }));
  };
  const setName = (name: string) => {
    setNameDraft(name);
    if (nameProblem(name) !== undefined) return;
    setAssessment((state) => {
      const rest = { ...state };
      delete rest.name;
      const clean = cleanName(name);
      return clean === undefined ? rest : { ...rest, name: clean };
    });
  };
  const undo = (notice: Notice) => {
    if (notice.undo === undefined) return;
    setAssessment(notice.undo.assessment);
    setNameDraft(notice.undo.assessment.name ?? '');
    setSavedId(notice.undo.savedId);
    notify({ area: notice.area, kind: 'info', texts: [t('selbstcheck.undone')] });
  };

  const index = view.kind === 'dimension' ? asked.findIndex((d) => d.id === view.id) : -1;
  const dimension = asked[index];
  const dimensionResult = result.dimensions[index];
  const open = (id: DimensionId, focus?: string) => {
    go({ kind: 'dimension', id, focus });
  };

  return (
    <div class="selfcheck">
      <Announcer notice={announced} />
      <Notices notices={notices} area="page" id="meldung-seite" onUndo={undo} />
      {view.kind === 'overview' && (
        <Overview
          results={result.dimensions}
          department={assessment.department}
          onDepartment={(department) => {
            setAssessment((state) => ({ ...state, department }));
          }}
          headingRef={headingRef}
          onOpen={open}
          onSummary={() => {
            go({ kind: 'summary' });
          }}
          onResult={() => {
            go({ kind: 'result' });
          }}
        />
      )}
      {view.kind === 'dimension' && dimension && dimensionResult && (
        <DimensionStep
          key={dimension.id}
          dimension={dimension}
          index={index}
          total={catalogue.length}
          answers={assessment.answers}
          settings={dimensionResult.settings}
          sources={props.sources}
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
          catalogue={asked}
          results={result.dimensions}
          headingRef={headingRef}
          onChange={open}
          onResult={() => {
            go({ kind: 'result' });
          }}
        />
      )}
      {view.kind === 'result' && (
        <Result
          catalogue={asked}
          department={assessment.department}
          items={props.items}
          respondents={props.respondents}
          result={result}
          name={assessment.name}
          date={assessment.date}
          earlier={earlierResults}
          indexUrl={
            typeof location === 'undefined' ? '' : new URL(withBase('/empfehlungen/'), location.href).href
          }
          planUrl={`${withBase(workshopPages.vergleich)}${encodeShareFragment(assessment)}`}
          headingRef={headingRef}
          onOpen={open}
          compare={
            <Compare
              catalogue={catalogue}
              earlier={earlier}
              notices={notices}
              notify={notify}
              onEarlier={setEarlier}
            />
          }
        />
      )}
      {view.kind !== 'overview' && view.kind !== 'dimension' && (
        <p class="no-print">
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              go({ kind: 'overview' });
            }}
          >
            {t('selbstcheck.toOverview')}
          </button>
        </p>
      )}
      {view.kind !== 'dimension' && (
        <DataPanel
          catalogue={asked}
          assessment={assessment}
          nameDraft={nameDraft}
          savedId={savedId}
          device={device}
          notices={notices}
          notify={notify}
          onName={setName}
          onReplace={(next, texts, id) => {
            replace(next, texts, id);
          }}
          onSaved={setSavedId}
          onDevice={refreshDevice}
          onUndo={undo}
          onReset={() => {
            setAssessment(createAssessment());
            setNameDraft('');
            setSavedId(undefined);
            setEarlier(undefined);
            go({ kind: 'overview' });
            notify({ area: 'page', kind: 'success', texts: [t('selbstcheck.resetDone')] });
          }}
        />
      )}
    </div>
  );
}
