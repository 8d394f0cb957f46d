import type { DocView } from './view/types.js';

/**
 * A document of a unit's plan: what names it (for --only, the registers and the messages), and its view,
 * made when it is rendered. A large unit's views are not all held at once (issue 16: 10,000 procedures
 * and their one-stop forms are ~60,000 views, several hundred MB), only each one's while it is written.
 */
export interface PlannedDoc {
  kind: DocView['kind'];
  code: string;
  title: string;
  source: string;
  view(): DocView;
}

/** A view already made (the few documents built from the whole unit: manual, registers, reports…). */
export function plannedDoc(view: DocView): PlannedDoc {
  return { kind: view.kind, code: view.code, title: view.title, source: view.source, view: () => view };
}

/**
 * A view remade on each use from the unit's data (which the plan holds anyway): `make` must be pure. It is
 * made once now for the names, then let go.
 */
export function lazyDoc(make: () => DocView): PlannedDoc {
  const { kind, code, title, source } = make();
  return { kind, code, title, source, view: make };
}
