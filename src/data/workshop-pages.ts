/**
 * The pages a workshop uses, by id: the workshop data (`src/data/workshop.yaml`) names them by these ids, so each
 * address is written once. Paths are relative to the site root; labels live in `src/i18n/de-workshop.ts`.
 */
export const workshopPages = {
  guide: '/workshop/',
  arbeitsblatt: '/workshop/arbeitsblatt/',
  handout: '/workshop/handout/',
  vergleich: '/workshop/vergleich/',
  selbstcheck: '/selbstcheck/',
  'kurz-check': '/fuer-migrantenorganisationen/#kurz-check',
  leitfaden: '/leitfaden/',
  befragung: '/leitfaden/befragung/',
} as const;

export type WorkshopPageId = keyof typeof workshopPages;
