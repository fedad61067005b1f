import { formatNumber, t } from '../i18n/t';
import type { FigureValue } from '../schemas/figure';

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
