/**
 * The `tthc` command line: `node --import tsx src/cli/main.ts <command> [options]` (npm run tthc -- …).
 * A small dispatcher over src/cli/commands/<name>.ts; each command exports { name, summary, usage, run }.
 * Exit codes: 0 ok, 1 reserved for checks that find problems, 2 unreadable input or bad arguments.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { MessageLocale } from '../core/index.ts';
import { fill } from './args.ts';
import { CliError, EXIT, type CliIo, type Command } from './command.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { compareCommand } from './commands/compare.ts';
import { simulateCommand } from './commands/simulate.ts';
import { importTableCommand } from './commands/import-table.ts';
import { validateCommand } from './commands/validate.ts';
import { exportCommand } from './commands/export.ts';
import { importOpencpsCommand } from './commands/import-opencps.ts';

/** Every command, in the order `--help` lists them; later commands (compare, validate, export…) go here. */
export const COMMANDS: Command[] = [
  analyzeCommand,
  simulateCommand,
  compareCommand,
  importTableCommand,
  validateCommand,
  exportCommand,
  importOpencpsCommand,
];

const TEXT: Record<
  MessageLocale,
  {
    usage: string;
    commands: string;
    options: string;
    lang: string;
    help: string;
    exit: string;
    unknown: string;
    missing: string;
    badLang: string;
  }
> = {
  en: {
    usage: 'Usage: npm run tthc -- <command> [options]   (or: node --import tsx src/cli/main.ts <command> [options])',
    commands: 'Commands:',
    options: 'Options for every command:',
    lang: '--lang vi|en   language of messages and reports (default: en)',
    help: '--help, -h     this help; "<command> --help" shows the command\'s options',
    exit: 'Exit codes: 0 ok; 1 reserved for checks that find problems; 2 unreadable input or bad arguments.',
    unknown: 'Unknown command "{name}". Commands: {names}.',
    missing: 'No command given.',
    badLang: 'Option --lang must be vi or en, not "{value}".',
  },
  vi: {
    usage: 'Cách dùng: npm run tthc -- <lệnh> [tùy chọn]   (hoặc: node --import tsx src/cli/main.ts <lệnh> [tùy chọn])',
    commands: 'Các lệnh:',
    options: 'Tùy chọn chung:',
    lang: '--lang vi|en   ngôn ngữ của thông báo và báo cáo (mặc định: en)',
    help: '--help, -h     trợ giúp này; "<lệnh> --help" cho biết các tùy chọn của lệnh',
    exit: 'Mã thoát: 0 thành công; 1 dành cho lệnh kiểm tra phát hiện lỗi; 2 tệp không đọc được hoặc tham số sai.',
    unknown: 'Không có lệnh "{name}". Các lệnh: {names}.',
    missing: 'Chưa nêu lệnh.',
    badLang: 'Tùy chọn --lang phải là vi hoặc en, không phải "{value}".',
  },
};

/** Run the CLI on `argv` (without node and script) and return the exit code. */
export async function main(argv: string[], io: Omit<CliIo, 'lang'>): Promise<number> {
  const { lang, rest, error } = takeLang(argv);
  const cli: CliIo = withStatusLine({ ...io, lang });
  if (error) {
    cli.stderr(error + '\n');
    return EXIT.badInput;
  }
  const [name, ...args] = rest;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? cli.stdout : cli.stderr)(help(lang));
    if (!name) cli.stderr(TEXT[lang].missing + '\n');
    return name ? EXIT.ok : EXIT.badInput;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    cli.stderr(fill(TEXT[lang].unknown, { name, names: COMMANDS.map((c) => c.name).join(', ') }) + '\n');
    return EXIT.badInput;
  }
  if (args.includes('--help') || args.includes('-h')) {
    cli.stdout(`${command.name}: ${command.summary[lang]}\n  ${command.usage} [--lang vi|en]\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, cli);
  } catch (e) {
    if (e instanceof CliError) {
      cli.stderr(e.message + '\n');
      return e.exitCode;
    }
    throw e;
  } finally {
    cli.progress?.('');
  }
}

/** The status line is cleared before any other output, so that it never stays under a message. */
function withStatusLine(io: CliIo): CliIo {
  const show = io.progress;
  if (!show) return io;
  let shown = false;
  const clear = (): void => {
    if (shown) show('');
    shown = false;
  };
  return {
    ...io,
    stdout: (text) => {
      clear();
      io.stdout(text);
    },
    stderr: (text) => {
      clear();
      io.stderr(text);
    },
    progress: (text) => {
      if (text) show(text);
      else clear();
      shown = text !== '';
    },
  };
}

/** The help text listing every command. */
export function help(lang: MessageLocale): string {
  const t = TEXT[lang];
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    t.usage,
    '',
    t.commands,
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}\n  ${' '.repeat(width)}  ${c.usage}`),
    '',
    t.options,
    `  ${t.lang}`,
    `  ${t.help}`,
    '',
    t.exit,
    '',
  ].join('\n');
}

// helpers //////////////////////

function takeLang(argv: string[]): { lang: MessageLocale; rest: string[]; error?: string } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang') {
      value = argv[++i] ?? '';
      continue;
    }
    if (arg.startsWith('--lang=')) {
      value = arg.slice('--lang='.length);
      continue;
    }
    rest.push(arg);
  }
  if (value === undefined || value === 'en' || value === 'vi') return { lang: (value ?? 'en') as MessageLocale, rest };
  return { lang: 'en', rest, error: fill(TEXT.en.badLang, { value }) };
}

const isEntry = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntry) {
  main(process.argv.slice(2), {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: (path) => readFile(path, 'utf8'),
    // on a terminal, one status line rewritten in place (cleared before anything else is printed)
    ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(`\r\x1b[K${text}`) } : {}),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
