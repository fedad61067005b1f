/**
 * What the self-check's browser tests share: opening the page, answering by keyboard, the live region and the
 * notice areas, share links of fixtures, and printing to PDF.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { t } from '../../src/i18n/t';
import { encodeShareFragment } from '../../src/lib/assessment/share-link';
import { ratingScale } from '../../src/lib/scale';
import type { Answer, Assessment } from '../../src/schemas/assessment';
import type { Question } from '../../src/schemas/selfcheck';
import { axe, openPage, siteUrl, waitForIslands } from './browser';

/** Opens the self-check (with an address fragment, e.g. a share link) and waits until it is interactive. */
export async function openSelfcheck(page: Page, hash = ''): Promise<void> {
  await openPage(page, siteUrl(`selbstcheck/${hash}`));
  await waitForIslands(page);
}

/** The share-link fragment of an assessment. */
export const shareHash = (assessment: Assessment): string => encodeShareFragment(assessment);

/** The one live region: what a screen reader hears. */
export const live = (page: Page): Locator => page.getByRole('status', { name: t('selbstcheck.status') });

/** The notices shown next to a control, by the id of their area (e.g. `meldung-laden`). */
export const notices = (page: Page, id: string): Locator => page.locator(`#${id}`);

/** Operates a control the way a keyboard user does: focus it, then press Space. */
export async function press(control: Locator): Promise<void> {
  await control.focus();
  await control.page().keyboard.press('Space');
}

/** Answers one question by keyboard. */
export async function answer(page: Page, question: Question, value: Answer): Promise<void> {
  const group = page.getByRole('group', { name: question.text });
  const special: Record<string, string> = {
    'weiss-nicht': t('selbstcheck.unknown'),
    'trifft-nicht-zu': t('selbstcheck.notApplicable'),
  };
  const role = question.kind === 'multi' ? 'checkbox' : 'radio';
  const specialLabel = typeof value === 'string' ? special[value] : undefined;
  if (specialLabel !== undefined) {
    await press(group.getByRole(role, { name: specialLabel, exact: true }));
  } else if (question.kind === 'single') {
    const option = question.options.find((candidate) => candidate.id === value);
    await press(group.getByRole('radio', { name: option?.label ?? String(value), exact: true }));
  } else if (question.kind === 'multi') {
    const ticked = value as string[];
    if (ticked.length === 0) await press(group.getByRole('checkbox', { name: t('selbstcheck.noneOfThese') }));
    for (const id of ticked) {
      const choice = question.choices.find((candidate) => candidate.id === id);
      await press(group.getByRole('checkbox', { name: choice?.label ?? id, exact: true }));
    }
  } else {
    await press(group.getByRole('radio', { name: ratingScale[value as 0 | 1 | 2 | 3], exact: true }));
  }
}

/** The heading of a screen of the self-check. */
export const screenHeading = (page: Page, name: string | RegExp): Locator =>
  page.getByRole('heading', { level: 2, name });

/** Waits until the result of a self-check is showing. */
export async function expectResult(page: Page): Promise<void> {
  await expect.poll(() => screenHeading(page, /^Ihr Ergebnis/).isVisible()).toBe(true);
}

/** The next steps as their texts, in order. */
export async function nextSteps(page: Page): Promise<string[]> {
  const list = page.getByRole('list').filter({ has: page.locator('.step') });
  return list.locator('.step .quote__text').allInnerTexts();
}

/** The level table as text, row by row, to compare two results. */
export async function levelRows(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: t('selbstcheck.levels') });
  return table.getByRole('row').allInnerTexts();
}

/** axe's findings on the page as it is now, one line per rule and element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await axe(page);
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} – ${n.target.join(' ')}`));
}

/** Prints the page to an A4 PDF as Chromium does and counts its pages. */
export async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Whether the page scrolls sideways. */
export const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
