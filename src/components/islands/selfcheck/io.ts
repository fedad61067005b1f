import type { DimensionId } from '../../../data/taxonomy';
import { catalogueFromSelfcheck, questionShapes } from '../../../lib/assessment/catalogue';
import { createAssessment } from '../../../lib/assessment/document';
import { fileName, toCsv, toJson } from '../../../lib/assessment/export';
import { readAssessmentFile, type ParseResult } from '../../../lib/assessment/parse';
import { decodeShareFragment, encodeShareFragment } from '../../../lib/assessment/share-link';
import { deviceStorage, listSaved, load, remove, removeAll, save } from '../../../lib/assessment/storage';
import type { Assessment } from '../../../schemas/assessment';
import type { SelfcheckDimension } from '../../../schemas/selfcheck';
import type { Draft } from './types';

/**
 * The island's side of every way in and out. Each way in goes through `parseAssessment` (via the
 * assessment library) and yields a draft only when valid, so a failed import never touches the answers.
 */

export type Read = { ok: true; draft: Draft; notices: string[] } | { ok: false; error: string };

/** A new, empty self-check dated today. */
export function emptyDraft(): Draft {
  return toDraft(createAssessment());
}

/** The draft as the versioned document that is exported, shared and stored. */
export function toAssessment(draft: Draft): Assessment {
  const name = draft.name.trim();
  return {
    ...createAssessment(),
    date: draft.date,
    ...(name && { name }),
    answers: draft.answers as Assessment['answers'],
    settings: draft.settings,
  };
}

function toDraft(assessment: Assessment): Draft {
  return {
    name: assessment.name ?? '',
    date: assessment.date,
    answers: { ...assessment.answers },
    settings: assessment.settings as Partial<Record<DimensionId, { target?: number; importance?: number }>>,
  };
}

function context(catalogue: readonly SelfcheckDimension[], source: 'file' | 'link') {
  return { questions: questionShapes(catalogueFromSelfcheck(catalogue)), source };
}

function asRead(result: ParseResult): Read {
  return result.ok ? { ok: true, draft: toDraft(result.assessment), notices: result.notices } : result;
}

/** Reads an exported JSON file. */
export async function readFile(file: Blob, catalogue: readonly SelfcheckDimension[]): Promise<Read> {
  return asRead(await readAssessmentFile(file, context(catalogue, 'file')));
}

/** Reads a share link: one that was pasted (the whole URL or just its fragment), or the page's own address. */
export function readLink(text: string, catalogue: readonly SelfcheckDimension[]): Read {
  return asRead(decodeShareFragment(text, context(catalogue, 'link')));
}

/** The address of this page with the answers in the fragment, which browsers never send to a server. */
export function shareUrl(draft: Draft): string {
  return `${location.origin}${location.pathname}${encodeShareFragment(toAssessment(draft))}`;
}

/** Offers the draft as a JSON or CSV download; returns the file name. */
export function downloadDraft(
  draft: Draft,
  format: 'json' | 'csv',
  catalogue: readonly SelfcheckDimension[],
): string {
  const assessment = toAssessment(draft);
  const text = format === 'json' ? toJson(assessment) : toCsv(assessment, catalogueFromSelfcheck(catalogue));
  const type = format === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
  const name = fileName(assessment, format);
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
  return name;
}

/** A saved assessment as the list shows it. */
export interface SavedEntry {
  id: string;
  name: string;
  savedAt: string;
}

/** The assessments saved on this device; a damaged store gives what is valid and a notice. */
export function listDevice(): { entries: SavedEntry[]; notice?: string } {
  const listed = listSaved(deviceStorage());
  if (!listed.ok) return { entries: [], notice: listed.error };
  const entries = listed.entries.map((entry) => ({
    id: entry.id,
    name: entry.assessment.name ?? '',
    savedAt: entry.savedAt,
  }));
  return listed.notices.length > 0 ? { entries, notice: listed.notices.join(' ') } : { entries };
}

/** Saves the draft on this device, replacing the entry `id` if given. */
export function saveDevice(
  draft: Draft,
  id?: string,
): { ok: true; id: string } | { ok: false; error: string } {
  const saved = save(deviceStorage(), toAssessment(draft), id);
  return saved.ok ? { ok: true, id: saved.id } : saved;
}

/** Loads a saved assessment. */
export function loadDevice(id: string, catalogue: readonly SelfcheckDimension[]): Read {
  const loaded = load(deviceStorage(), id, context(catalogue, 'file'));
  return loaded.ok ? { ok: true, draft: toDraft(loaded.entry.assessment), notices: loaded.notices } : loaded;
}

/** Deletes one saved assessment. */
export function removeDevice(id: string): { ok: true } | { ok: false; error: string } {
  const removed = remove(deviceStorage(), id);
  return removed.ok ? { ok: true } : removed;
}

/** Deletes everything this site saved on the device. */
export function removeAllDevice(): { ok: true } | { ok: false; error: string } {
  const removed = removeAll(deviceStorage());
  return removed.ok ? { ok: true } : removed;
}
