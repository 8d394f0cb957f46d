import { QmsError } from '../core/errors.js';
import { text } from '../core/text.js';

/** People can be asked only at a terminal, and never in CI. */
export function canPrompt(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(process.stdin.isTTY && process.stderr.isTTY) && !env.CI;
}

/**
 * The prompts a command may use. The only import of @inquirer/prompts, loaded lazily (it is heavy
 * and most runs never prompt). Ctrl+C in a prompt becomes exit 130 with nothing written.
 */
export interface Prompter {
  input(message: string, defaultValue?: string, validate?: (value: string) => string | true): Promise<string>;
  select<T extends string>(message: string, choices: Array<{ value: T; name: string }>, defaultValue?: T): Promise<T>;
  checkbox<T extends string>(
    message: string,
    choices: Array<{ value: T; name: string; checked?: boolean }>,
  ): Promise<T[]>;
  confirm(message: string, defaultValue?: boolean): Promise<boolean>;
}

export async function terminalPrompter(): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  const guard = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (error) {
      if ((error as Error).name === 'ExitPromptError') {
        throw new QmsError(
          'E_CANCELLED',
          text('đã hủy, không ghi tệp nào', 'cancelled, nothing written'),
          undefined,
          130,
        );
      }
      throw error;
    }
  };
  return {
    input: (message, defaultValue, validate) =>
      guard(() => inquirer.input({ message, default: defaultValue, validate })),
    select: (message, choices, defaultValue) =>
      guard(() => inquirer.select({ message, choices, default: defaultValue })),
    checkbox: (message, choices) => guard(() => inquirer.checkbox({ message, choices })),
    confirm: (message, defaultValue) => guard(() => inquirer.confirm({ message, default: defaultValue })),
  };
}
