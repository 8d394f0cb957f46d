import { readTextFile } from '../fs/read-text-file.js';
import { readYamlOrThrow } from '../model/load-model.js';
import { fastParseYaml } from '../yaml/fast-yaml.js';

/** A YAML data file shipped with the tool: the fast parser when it takes the file, else the safe loader (which reports problems). */
export function readDataFile<T>(file: string): T {
  const read = readTextFile(file);
  const fast = read.ok ? fastParseYaml(read.text) : undefined;
  return (fast ?? readYamlOrThrow<T>(file)) as T;
}
