/**
 * Items of the paper that name the cooperation as a whole rather than a step in one dimension: many answers of
 * the self-check point to them. The result shows them once, under „Hintergrund“, and never as a next step or at
 * the top of a dimension's list. Ids of src/data/items.yaml; `test/content/selfcheck.test.ts` checks them.
 */
export const backgroundItems: readonly string[] = [
  // „Ein Ausbau der Zusammenarbeit mit Migrantenorganisationen ist aus mehreren Gründen sinnvoll:“ – the reasons.
  'ausbau-zusammenarbeit-gruende',
  // „Stärkung von Migrant*innenorganisationen durch:“ – four means, each the subject of its own dimension.
  'staerkung-mo',
];
