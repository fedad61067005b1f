import { workshopPages, type WorkshopPageId } from '../../data/workshop-pages';
import { tw, type WorkshopKey } from '../../i18n/de-workshop';
import { withBase } from '../url';

/** The UI key of each workshop page's name. */
const labels: Record<WorkshopPageId, WorkshopKey> = {
  guide: 'workshop.page.guide',
  arbeitsblatt: 'workshop.page.arbeitsblatt',
  handout: 'workshop.page.handout',
  vergleich: 'workshop.page.vergleich',
  selbstcheck: 'workshop.page.selbstcheck',
  'kurz-check': 'workshop.page.kurz-check',
  leitfaden: 'workshop.page.leitfaden',
  befragung: 'workshop.page.befragung',
};

/** A link to a page of the site. */
export interface PageLink {
  href: string;
  label: string;
}

/** The link to a workshop page, under the site's base path. */
export function pageLink(id: WorkshopPageId): PageLink {
  return { href: withBase(workshopPages[id]), label: tw(labels[id]) };
}
