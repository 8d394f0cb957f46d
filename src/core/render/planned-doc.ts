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
 * How the documents of one sort (every procedure's own; every one-stop form of one kind) are named and
 * made from what each one is made of (`of`: its procedure). One maker serves them all, so that a plan
 * holds per document only its code, its `of` and its maker.
 */
export interface DocMaker<T> {
  kind: DocView['kind'];
  source(of: T): string;
  title(of: T, code: string): string;
  /** The view, made again on each use (must be pure). */
  make(of: T, code: string): DocView;
}

/**
 * A document named now and made when it is rendered. A 10,000-procedure unit plans ~60,000 of them:
 * each is one object of three fields (~50 bytes) — its kind, title and source are its maker's to give,
 * not strings or closures of its own. A view whose names differ from the plan's is a bug (an output file
 * named for another document): it throws.
 */
export class LazyDoc<T> implements PlannedDoc {
  constructor(
    readonly code: string,
    private readonly of: T,
    private readonly maker: DocMaker<T>,
  ) {}

  get kind(): DocView['kind'] {
    return this.maker.kind;
  }

  get title(): string {
    return this.maker.title(this.of, this.code);
  }

  get source(): string {
    return this.maker.source(this.of);
  }

  view(): DocView {
    const { kind, code, title, source } = this;
    const view = this.maker.make(this.of, code);
    if (view.kind !== kind || view.code !== code || view.title !== title || view.source !== source)
      throw new Error(
        `the view of ${source} is named ${view.kind} ${view.code} "${view.title}", planned as ${kind} ${code} "${title}"`,
      );
    return view;
  }
}

/** A document named now and made by `make` on each use: for the few made apart from any maker (and tests). */
export function lazyDoc(names: DocNames, make: () => DocView): PlannedDoc {
  const { kind, code, title, source } = names;
  return new LazyDoc(code, make, { kind, source: () => source, title: () => title, make: (m) => m() });
}
