import { formatNumber, t } from '../i18n/t';
import type { Figure, FigureValue } from '../schemas/figure';

/** Formats a survey value in German as the paper states it: „23 von 32“, „41 %“, „Rang 2“, „Die Hälfte“. */
export function formatFigureValue(value: FigureValue): string {
  switch (value.type) {
    case 'count':
      return t('figures.countOf', { value: value.value, of: value.of });
    case 'percent':
      return `${formatNumber(value.value)} %`;
    case 'rank':
      return t('figures.rank', { rank: value.rank });
    case 'share':
      return value.wording;
  }
}

/**
 * The number a count figure states, for a page that names it in its own sentence („32 Kommunen“); fails the build
 * if the id is not a count in `figures.yaml`, so a page never states a number the data does not have.
 */
export function figureCount(figures: readonly Figure[], id: string): number {
  const figure = figures.find((candidate) => candidate.id === id);
  if (figure?.value.type !== 'count') throw new Error(`figures.yaml: „${id}“ is not a count figure`);
  return figure.value.value;
}

/** Id of the figure that states how many municipalities answered the survey (32). */
export const RESPONDENTS = 'befragung-rueckmeldungen';
