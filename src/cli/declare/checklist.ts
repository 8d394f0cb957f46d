import type { Command } from 'commander';
import type { Io } from '../io.js';
import type { RunResult } from '../program.js';
import { notYetImplemented } from './not-yet.js';

export function declareChecklist(program: Command, io: Io, result: RunResult): void {
  program
    .command('checklist')
    .description(io.lang === 'vi' ? '(chưa triển khai)' : '(not yet implemented)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      result.code = notYetImplemented(io, 'checklist');
    });
}
