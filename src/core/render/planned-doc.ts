import type { UnitFile } from '../unit/types.js';
import type { DocView } from './view/types.js';

/** What names a document: for --only, the registers, the messages and the output file's name. */
export type DocNames = Pick<DocView, 'kind' | 'code' | 'title' | 'source'>;

/**
 * A document of a unit's plan: its names, and its view, made when it is rendered. A large unit's views
 * are not all held at once (issue 16: 10,000 procedures and their one-stop forms are ~60,000 views,
 * several hundred MB), only each one's while it is written.
 */
export interface PlannedDoc extends DocNames {
  view(): DocView;
}

/**
 * How a view gets a file's whole data when it is made: the data loaded with the unit, or (qms build, which
 * keeps only a summary of each procedure: outline-unit.ts) the file read again.
 */
export type WholeData = (file: UnitFile) => unknown;

export const loadedData: WholeData = (file) => file.data;

/** A view already made (the few documents built from the whole unit: manual, registers, reports…). */
export function plannedDoc(view: DocView): PlannedDoc {
  return { kind: view.kind, code: view.code, title: view.title, source: view.source, view: () => view };
}

/**
 * A view made again on each use (`make` must be pure), named now without making it: the plan of a
 * 10,000-procedure unit neither holds its views nor reads its files to name them. A view whose names
 * differ from the plan's is a bug (an output file named for another document): it throws.
 */
export function lazyDoc(names: DocNames, make: () => DocView): PlannedDoc {
  const { kind, code, title, source } = names;
  return {
    kind,
    code,
    title,
    source,
    view() {
      const view = make();
      if (view.kind !== kind || view.code !== code || view.title !== title || view.source !== source)
        throw new Error(
          `the view of ${source} is named ${view.kind} ${view.code} "${view.title}", planned as ${kind} ${code} "${title}"`,
        );
      return view;
    },
  };
}
