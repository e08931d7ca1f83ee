/**
 * Writes the sample library from procedures/specs: procedures/<slug>/<variant>.bpmn for every variant (the
 * current one as hien-hanh.bpmn) and procedures/index.json. Run: npx tsx scripts/build-procedures.ts
 * `renderLibrary()` is also used by test/core/procedures.test.ts to check that the committed files never drift.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProcedureXml } from '../src/core/builder/build.ts';
import { procedures } from '../procedures/specs/index.ts';

export const CURRENT_SLUG = 'hien-hanh';

export interface LibraryIndexEntry {
  slug: string;
  name: string;
  /** The procedure code (mã TTHC), only where the sources give one. */
  code?: string;
  variants: Array<{ slug: string; name: string; status: string; file: string; description: string }>;
}

/** Every generated file, path relative to procedures/ → content. */
export async function renderLibrary(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const index: LibraryIndexEntry[] = [];
  for (const p of procedures) {
    const facts = p.current.procedure ?? {};
    const entry: LibraryIndexEntry = {
      slug: p.slug,
      name: facts.name ?? p.current.name,
      ...(facts.code ? { code: facts.code } : {}),
      variants: [],
    };
    const variants = [
      {
        slug: CURRENT_SLUG,
        name: facts.variantName ?? 'Hiện hành',
        spec: p.current,
        description: 'Quy trình theo quy định hiện hành.',
      },
      ...p.options.map((o) => ({ slug: o.slug, name: o.name, spec: o.spec, description: o.description })),
    ];
    for (const v of variants) {
      const file = `${p.slug}/${v.slug}.bpmn`;
      files.set(file, await buildProcedureXml(v.spec));
      entry.variants.push({
        slug: v.slug,
        name: v.name,
        status: v.spec.procedure?.variantStatus ?? 'proposed',
        file,
        description: v.description,
      });
    }
    index.push(entry);
  }
  files.set('index.json', `${JSON.stringify(index, null, 2)}\n`);
  return files;
}

async function main(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'procedures');
  const files = await renderLibrary();
  for (const [path, content] of files) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  console.log(`wrote ${files.size} files to ${root}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
