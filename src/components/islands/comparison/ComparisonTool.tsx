import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../../i18n/t';
import { tc } from '../../../i18n/de-comparison';
import { download } from '../../../lib/download';
import { MAX_BYTES } from '../../../lib/assessment/parse';
import { addSources, pastedLinks, type Source } from '../../../lib/comparison/add';
import { compareDimensions, openQuestions, resultsOf, sharedSteps } from '../../../lib/comparison/aggregate';
import { comparisonJson, createComparison, type Comparison } from '../../../lib/comparison/document';
import { DEVICE_KEY, readKept, removeKept, storeOf, TAB_KEY, writeKept } from '../../../lib/comparison/keep';
import {
  actionsCsv,
  comparisonFileName,
  levelsCsv,
  planRows,
  withAction,
  withMark,
} from '../../../lib/comparison/plan';
import { readInput } from '../../../lib/comparison/read';
import { decodeComparison, encodeComparison, isComparisonLink } from '../../../lib/comparison/share';
import { nameProblem, cleanName } from '../../../lib/assessment/name';
import { decodeShareFragment } from '../../../lib/assessment/share-link';
import { isShareHash } from '../../../lib/selfcheck/views';
import type { SelfcheckData } from '../../../lib/selfcheck/island-data';
import { Announcer, Notices } from '../selfcheck/Notices';
import type { Notice, Notify } from '../selfcheck/types';
import { ComparisonData, type SavedWorkshop } from './ComparisonData';
import { CompareView } from './CompareView';
import { Entries } from './Entries';
import { Loader } from './Loader';
import { Plan } from './Plan';
import { Presentation } from './Presentation';
import { Record } from './Record';
import { Shared } from './Shared';

type WorkshopNotice = Notice<Comparison>;

/**
 * The paper's questions for reflection of each dimension, each quoted whole: a question that stands under another
 * item comes with that item and its other questions.
 */
function questionsByDimension(items: SelfcheckData['items']) {
  const parentOf = new Map(
    Object.values(items).flatMap((item) => item.children.map((child) => [child.id, item] as const)),
  );
  const byDimension: Record<string, SelfcheckData['items'][string][]> = {};
  for (const item of Object.values(items)) {
    if (item.kind !== 'reflexionsfrage') continue;
    const quote = parentOf.get(item.id) ?? item;
    for (const dimension of item.dimensions) {
      const known = byDimension[dimension] ?? [];
      if (!known.includes(quote)) byDimension[dimension] = [...known, quote];
    }
  }
  return byDimension;
}

/**
 * The workshop's comparison island: several departments' self-checks side by side, the recommendations most
 * need, who takes on what, and the action plan. Its state is the workshop document, kept in the tab; it is stored
 * on the device or shared only when asked.
 */
export default function ComparisonTool(props: SelfcheckData) {
  const { catalogue } = props;
  const context = useMemo(
    () => ({ catalogue, items: props.items, paperOrder: props.paperOrder, standings: props.standings }),
    [catalogue, props.items, props.paperOrder, props.standings],
  );
  const [comparison, setComparison] = useState<Comparison>(() => createComparison(new Date(0)));
  const [titleDraft, setTitleDraft] = useState('');
  const [notices, setNotices] = useState<WorkshopNotice[]>([]);
  const [announced, setAnnounced] = useState<WorkshopNotice | undefined>(undefined);
  const [saved, setSaved] = useState<SavedWorkshop>({ kind: 'none' });
  const [restored, setRestored] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [link, setLink] = useState('');
  const nextId = useRef(1);
  const current = useRef(comparison);
  current.current = comparison;

  const results = useMemo(() => resultsOf(comparison, context), [comparison, context]);
  const compared = useMemo(() => compareDimensions(results, context), [results, context]);
  const shared = useMemo(() => sharedSteps(results, context.paperOrder), [results, context.paperOrder]);
  const open = useMemo(() => openQuestions(results, context), [results, context]);
  const rows = useMemo(() => planRows(comparison, shared), [comparison, shared]);
  const questions = useMemo(() => questionsByDimension(props.items), [props.items]);

  const notify: Notify<Comparison> = useCallback((notice) => {
    const full = { ...notice, id: nextId.current++ };
    setNotices((shown) => [...shown.filter((other) => other.area !== notice.area), full]);
    setAnnounced(full);
  }, []);

  /** Adds what the sources brought and says what happened to each of them, beside the loader. */
  const add = useCallback(
    (sources: Source[], area = 'load') => {
      const before = current.current;
      const added = addSources(before, sources);
      setComparison(added.comparison);
      if (added.comparison !== before) setTitleDraft(added.comparison.title ?? '');
      notify({
        area,
        kind: added.problems > 0 ? 'error' : 'success',
        texts: added.texts,
        undo: added.replaced ? before : undefined,
      });
    },
    [notify],
  );

  const openAddress = useCallback(
    async (address: string) => {
      add([{ name: tc('comparison.shareLink'), loaded: await decodeComparison(address, catalogue) }], 'page');
      history.replaceState(null, '', location.pathname + location.search);
    },
    [add, catalogue],
  );

  // After hydration: the tab's comparison, device storage, then a link in the address.
  useEffect(() => {
    const tab = readKept(storeOf('session'), TAB_KEY, catalogue);
    if (tab.kind === 'comparison') {
      setComparison(tab.comparison);
      setTitleDraft(tab.comparison.title ?? '');
      current.current = tab.comparison;
    } else {
      setComparison(createComparison());
      if (tab.kind === 'damaged')
        notify({ area: 'page', kind: 'error', texts: [tc('comparison.tabLost')], sticky: true });
    }
    const device = readKept(storeOf('local'), DEVICE_KEY, catalogue);
    setSaved(device);
    if (device.kind === 'damaged')
      notify({ area: 'save', kind: 'error', texts: [tc('comparison.storageDamaged')], sticky: true });
    if (isComparisonLink(location.hash)) void openAddress(location.href);
    else if (isShareHash(location.hash)) {
      add(
        [{ name: tc('comparison.shareLink'), loaded: readInputFromShare(location.href, catalogue) }],
        'page',
      );
      history.replaceState(null, '', location.pathname + location.search);
    }
    setRestored(true);
    const onHash = () => {
      if (isComparisonLink(location.hash)) void openAddress(location.href);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
    };
  }, [add, catalogue, notify, openAddress]);

  useEffect(() => {
    if (restored) writeKept(storeOf('session'), TAB_KEY, comparison);
  }, [comparison, restored]);

  const readFiles = async (files: File[]) => {
    const sources = await Promise.all(
      files.map(async (file): Promise<Source> => {
        if (file.size > MAX_BYTES)
          return { name: file.name, loaded: { ok: false, error: t('assessment.error.file.tooLarge') } };
        return { name: file.name, loaded: readInput(await file.text(), 'file', catalogue) };
      }),
    );
    add(sources);
  };
  const readLinks = async (text: string) => {
    const sources = await Promise.all(
      pastedLinks(text).map(async ({ name, link: address }): Promise<Source> => ({
        name,
        loaded: isComparisonLink(address)
          ? await decodeComparison(address, catalogue)
          : readInputFromShare(address, catalogue),
      })),
    );
    if (sources.length === 0) {
      notify({ area: 'load', kind: 'error', texts: [tc('comparison.error.emptyLink')] });
      return;
    }
    add(sources);
  };
  const undo = (notice: WorkshopNotice) => {
    if (notice.undo === undefined) return;
    setComparison(notice.undo);
    setTitleDraft(notice.undo.title ?? '');
    notify({ area: notice.area, kind: 'info', texts: [tc('comparison.undone')] });
  };
  const base = typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;

  return (
    <div class="comparison">
      <Announcer notice={announced} label={tc('comparison.status')} />
      <Notices notices={notices} area="page" id="meldung-workshop-seite" onUndo={undo} />
      <Loader
        notices={notices}
        onFiles={(files) => void readFiles(files)}
        onLinks={(text) => void readLinks(text)}
        onUndo={undo}
      />
      <Entries
        comparison={{ ...comparison, title: titleDraft }}
        notices={notices}
        onTitle={(title) => {
          setTitleDraft(title);
          if (nameProblem(title) === undefined)
            setComparison((state) => ({ ...state, title: cleanName(title) }));
        }}
        onDate={(date) => {
          setComparison((state) => ({ ...state, date }));
        }}
        onRename={(entry, label) => {
          setComparison((state) => ({
            ...state,
            entries: state.entries.map((other) => (other.id === entry.id ? { ...other, label } : other)),
          }));
          notify({ area: 'entries', kind: 'success', texts: [tc('comparison.renamed', { label })] });
        }}
        onRemove={(entry) => {
          setComparison((state) => ({
            ...state,
            entries: state.entries.filter((other) => other.id !== entry.id),
            marks: Object.fromEntries(
              Object.entries(state.marks).map(([item, by]) => [item, by.filter((id) => id !== entry.id)]),
            ),
          }));
          notify({
            area: 'entries',
            kind: 'success',
            texts: [tc('comparison.removed', { label: entry.label })],
          });
        }}
      />
      {comparison.entries.length > 0 && (
        <>
          <CompareView
            entries={comparison.entries}
            compared={compared}
            onPresent={() => {
              setPresenting(true);
            }}
          />
          <Shared
            comparison={comparison}
            shared={shared}
            open={open}
            items={props.items}
            onMark={(itemId, entryId, on) => {
              setComparison((state) => withMark(state, itemId, entryId, on));
            }}
          />
          <Plan
            rows={rows}
            items={props.items}
            onAction={(action) => {
              setComparison((state) => withAction(state, action));
            }}
            onPrint={() => {
              window.print();
            }}
          />
          <Record comparison={comparison} compared={compared} rows={rows} open={open} items={props.items} />
        </>
      )}
      <ComparisonData
        saved={saved}
        notices={notices}
        link={link}
        hasEntries={comparison.entries.length > 0}
        onSave={() => {
          const ok = writeKept(storeOf('local'), DEVICE_KEY, comparison);
          if (ok) setSaved({ kind: 'comparison', comparison });
          notify({
            area: 'save',
            kind: ok ? 'success' : 'error',
            texts: [ok ? tc('comparison.saved') : t('assessment.storage.unavailable')],
          });
        }}
        onLoadSaved={() => {
          if (saved.kind === 'comparison')
            add(
              [
                {
                  name: tc('comparison.loadSaved'),
                  loaded: { ok: true, kind: 'comparison', comparison: saved.comparison, notices: [] },
                },
              ],
              'save',
            );
        }}
        onDeleteSaved={() => {
          const ok = removeKept(storeOf('local'), DEVICE_KEY);
          if (ok) setSaved({ kind: 'none' });
          notify({
            area: 'save',
            kind: ok ? 'success' : 'error',
            texts: [ok ? tc('comparison.deletedSaved') : t('assessment.storage.unavailable')],
          });
        }}
        onShare={() => {
          void encodeComparison(comparison, base).then((encoded) => {
            if (!encoded.ok) {
              setLink('');
              notify({ area: 'share', kind: 'error', texts: [encoded.error] });
              return;
            }
            const url = `${base}${encoded.fragment}`;
            setLink(url);
            const copied = (ok: boolean) => {
              notify({
                area: 'share',
                kind: ok ? 'success' : 'info',
                texts: [tc(ok ? 'comparison.copied' : 'comparison.copyFailed')],
              });
            };
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
          });
        }}
        onExport={(part) => {
          const name = comparisonFileName(comparison, part);
          if (part === 'json') download(comparisonJson(comparison), name, 'application/json');
          else if (part === 'stand')
            download(levelsCsv(comparison, results, context), name, 'text/csv;charset=utf-8');
          else download(actionsCsv(comparison, rows, context), name, 'text/csv;charset=utf-8');
          notify({ area: 'export', kind: 'success', texts: [tc('comparison.exported', { file: name })] });
        }}
        onReset={() => {
          const before = current.current;
          setComparison(createComparison());
          setTitleDraft('');
          setLink('');
          notify({ area: 'load', kind: 'success', texts: [tc('comparison.resetDone')], undo: before });
        }}
      />
      {presenting && compared.length > 0 && (
        <Presentation
          entries={comparison.entries}
          compared={compared}
          questions={questions}
          onClose={() => {
            setPresenting(false);
            requestAnimationFrame(() =>
              document.querySelector<HTMLButtonElement>('.comparison-view .button')?.focus(),
            );
          }}
        />
      )}
    </div>
  );
}

/** A self-check's share link, read like a pasted one. */
function readInputFromShare(address: string, catalogue: SelfcheckData['catalogue']) {
  const read = decodeShareFragment(address, { catalogue, source: 'link' });
  return read.ok
    ? ({ ok: true, kind: 'assessment', assessment: read.assessment, notices: read.notices } as const)
    : read;
}
