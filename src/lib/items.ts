import type { Item } from '../schemas/item';

/** An item with the items that stand under it in the paper (e.g. questions under a Hinweis). */
export interface ItemNode {
  item: Item;
  children: Item[];
}

/** Arranges the items of one group as the paper lists them: top-level items in order, each with its children. */
export function groupTree(items: readonly Item[], group: string): ItemNode[] {
  const inGroup = items.filter((item) => item.group === group);
  return inGroup
    .filter((item) => item.parent === undefined)
    .map((item) => ({ item, children: inGroup.filter((child) => child.parent === item.id) }));
}
