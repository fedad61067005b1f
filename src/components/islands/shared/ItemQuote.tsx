import { itemKinds } from '../../../data/taxonomy';
import { t } from '../../../i18n/t';
import type { ItemQuote as Quote } from '../../../lib/item-quote';

interface Props {
  item: Quote;
  /** Makes the ids in the quote unique on the page, where one item can be quoted in two sections. */
  idPrefix: string;
}

/**
 * An item of the paper quoted whole: the sentence it continues, its text, its sub-points and the questions that
 * stand under it; then a link to it in its chapter, named by its kind.
 */
export function ItemQuote({ item, idPrefix }: Props) {
  const textId = `${idPrefix}-${item.id}`;
  return (
    <div class="quote">
      {item.leadIn !== undefined && (
        <p class="quote__lead">
          {t('selbstcheck.leadIn')} „{item.leadIn.text}“
        </p>
      )}
      <p class="quote__text" id={textId}>
        {item.text}
      </p>
      {item.points.length > 0 && (
        <ul class="quote__points">
          {item.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
      {item.children.length > 0 && (
        <ul class="quote__points">
          {item.children.map((child) => (
            <li key={child.id}>{child.text}</li>
          ))}
        </ul>
      )}
      <p class="quote__link no-print">
        <a href={item.href} aria-describedby={textId}>
          {t('selbstcheck.inChapter', { kind: itemKinds[item.kind].one })}
        </a>
      </p>
    </div>
  );
}
