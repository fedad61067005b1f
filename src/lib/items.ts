import type { Item } from '../schemas/item';

/** An item with the items that stand under it in the paper (e.g. questions under a Hinweis). */
export interface ItemNode {
  item: Item;
  children: Item[];
}

/** Nests each item under its parent when the parent is among `items`; the others stand at the top, in order. */
export function nestChildren(items: readonly Item[]): ItemNode[] {
  const ids = new Set(items.map((item) => item.id));
  return items
    .filter((item) => item.parent === undefined || !ids.has(item.parent))
    .map((item) => ({ item, children: items.filter((child) => child.parent === item.id) }));
}

/**
 * Arranges the items of one group as the paper lists them: top-level items in order, each with its children
 * (a child stands in its parent's group, `test/content/schemas.test.ts`).
 */
export function groupTree(items: readonly Item[], group: string): ItemNode[] {
  return nestChildren(items.filter((item) => item.group === group));
}
