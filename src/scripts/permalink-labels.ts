/**
 * The name of an entry's permalink („Link zu dieser Empfehlung“, `src/components/ItemEntry.astro`) shows over
 * the entry on hover and keyboard focus. Escape hides it again without moving focus or pointer (WCAG 1.4.13);
 * it shows again once the link is left and entered anew. Loaded on every page (`BaseLayout.astro`), so that
 * chapter pages load no script of their own.
 */
const dismissed = 'item__permalink--dismissed';

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const link of document.querySelectorAll('.item__permalink:focus-visible, .item__permalink:hover'))
    link.classList.add(dismissed);
});

for (const type of ['focusout', 'mouseleave'])
  document.addEventListener(
    type,
    (event) => {
      if (event.target instanceof Element && event.target.matches('.item__permalink'))
        event.target.classList.remove(dismissed);
    },
    // mouseleave does not bubble: listen as it travels down to the link.
    true,
  );
