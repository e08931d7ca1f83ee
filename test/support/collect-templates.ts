/**
 * Test helper (Node): finds the templates that library code passes to the diagram-js `translate` service, so
 * the Vietnamese dictionary can be checked for coverage. The sources are read with the TypeScript parser, so
 * comments, string contents (`'translate(' + shift`), regex literals and calls split over lines are told apart
 * from real calls.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** A `translate(...)` call whose template is not a literal, e.g. `translate(label)`. */
export interface DynamicTranslateCall {
  file: string;
  line: number;
  /** Source text of the first argument, whitespace collapsed. */
  expression: string;
}

/** Everything found in one source text. */
export interface TranslateScan {
  /** Literal templates, including identifiers bound to a string constant in the same file. */
  templates: { template: string; line: number }[];
  dynamic: { line: number; expression: string }[];
}

/** Directory names never scanned: library tests would add templates users never see. */
const SKIPPED_DIRS = new Set(['test', 'tests', 'spec', '__tests__', '__mocks__', 'node_modules']);
const SCANNED_FILE = /\.(?:m|c)?js$/;
const SKIPPED_FILE = /\.(?:spec|test)\.(?:m|c)?js$/;

/**
 * Scan `.js` files under `roots` (skipping test/spec folders and files) and map every literal
 * template passed to `translate(...)` / `this._translate(...)` to the files it appears in.
 */
export function collectTranslateTemplates(roots: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const file of listSourceFiles(roots)) {
    for (const { template } of scanTranslateCalls(readFileSync(file, 'utf8')).templates) {
      const files = result.get(template) ?? [];
      if (!files.includes(file)) files.push(file);
      result.set(template, files);
    }
  }
  return result;
}

/**
 * Calls under `roots` whose template cannot be read from the source (variables, concatenation,
 * interpolated template literals). Their templates must be accounted for by hand.
 */
export function collectDynamicTranslateCalls(roots: string[]): DynamicTranslateCall[] {
  const calls: DynamicTranslateCall[] = [];
  for (const file of listSourceFiles(roots)) {
    for (const call of scanTranslateCalls(readFileSync(file, 'utf8')).dynamic) calls.push({ file, ...call });
  }
  return calls;
}

/** Find the `translate` service calls in one JavaScript source text. */
export function scanTranslateCalls(source: string): TranslateScan {
  const file = ts.createSourceFile('source.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const constants = stringConstants(file);
  const scan: TranslateScan = { templates: [], dynamic: [] };
  const visit = (node: ts.Node): void => {
    const callee = ts.isCallExpression(node) ? serviceCallee(node) : undefined;
    // The service takes (template, replacements); tiny-svg's translate(gfx, x, y) takes three.
    if (ts.isCallExpression(node) && callee && node.arguments.length >= 1 && node.arguments.length <= 2) {
      const first = node.arguments[0]!;
      const line = file.getLineAndCharacterOfPosition(callee.getStart(file)).line + 1;
      if (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) {
        scan.templates.push({ template: first.text, line });
      } else if (ts.isIdentifier(first) && constants.has(first.text)) {
        scan.templates.push({ template: constants.get(first.text)!, line });
      } else {
        scan.dynamic.push({ line, expression: first.getText(file).replace(/\s+/g, ' ') });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return scan;
}

/**
 * The name node of a call to the service: `translate(...)`, `_translate(...)` or `x._translate(...)`;
 * `matrix.translate(...)` is SVG and not the service.
 */
function serviceCallee(call: ts.CallExpression): ts.Identifier | ts.PrivateIdentifier | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee) && (callee.text === 'translate' || callee.text === '_translate')) return callee;
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === '_translate') return callee.name;
  return undefined;
}

/** All scannable files under `roots`, sorted for stable output. */
function listSourceFiles(roots: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path);
      } else if (entry.isFile() && SCANNED_FILE.test(entry.name) && !SKIPPED_FILE.test(entry.name)) {
        files.push(path);
      }
    }
  };
  for (const root of roots) walk(root);
  return files.sort();
}

/**
 * `var NAME = 'text'` style declarations; a name declared twice with different values is
 * dropped because the scan cannot tell which one a call sees.
 */
function stringConstants(file: ts.SourceFile): Map<string, string> {
  const found = new Map<string, string>();
  const ambiguous = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      const name = node.name.text;
      const value = node.initializer.text;
      const known = found.get(name);
      if (known !== undefined && known !== value) ambiguous.add(name);
      found.set(name, value);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  for (const name of ambiguous) found.delete(name);
  return found;
}
