import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folder the package is installed in (holds models/, schemas/, templates/, data/). */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const modelsDir = join(packageRoot, 'models');
export const schemasDir = join(packageRoot, 'schemas');
export const templatesDir = join(packageRoot, 'templates');
export const dataDir = join(packageRoot, 'data');

/**
 * Where the tool's documentation is read from, as a URL ending in "/": a published copy when the user
 * names one (`QMS_DOCS_URL`), otherwise the files installed with the package (README.md and docs/ ship
 * in the package, so the link resolves wherever qms is installed).
 */
export function docsBaseUrl(published?: string): string {
  if (published && /^[a-z][a-z0-9+.-]*:/i.test(published)) return published.endsWith('/') ? published : `${published}/`;
  return pathToFileURL(`${packageRoot}/`).href;
}
