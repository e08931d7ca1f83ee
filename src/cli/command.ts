/** What every CLI command is: a name, a one-line summary, usage text and `run(args, io)` → exit code. */
import type { MessageLocale } from '../core/index.ts';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  /** Language of messages and human output (`--lang vi|en`, default en). */
  lang: MessageLocale;
  /** A status line for long work, rewritten in place: set by the entry point when stderr is a terminal. */
  progress?: (text: string) => void;
}

export interface Command {
  name: string;
  summary: Record<MessageLocale, string>;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** 0 ok; 1 reserved for checks that find problems (validate); 2 unreadable input or bad arguments. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

/** A failure the user can fix (bad arguments, unreadable file): printed as its message, exit code 2. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
