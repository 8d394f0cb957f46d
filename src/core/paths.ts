import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder the package is installed in (holds models/, schemas/, templates/, data/). */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const modelsDir = join(packageRoot, 'models');
export const schemasDir = join(packageRoot, 'schemas');
export const templatesDir = join(packageRoot, 'templates');
export const dataDir = join(packageRoot, 'data');
