/**
 * The sample library shipped in `procedures/`: its index and BPMN files, loaded lazily so they cost
 * nothing until the first run (or "reload samples") needs them.
 */
import type { VariantStatus } from '@/core/index.ts';

interface SampleIndexEntry {
  slug: string;
  name: string;
  code?: string;
  variants: Array<{ slug: string; name: string; status: VariantStatus; file: string; description?: string }>;
}

export interface SampleProcedure {
  slug: string;
  name: string;
  variants: Array<{ slug: string; name: string; status: VariantStatus; description?: string; xml: string }>;
}

const files = import.meta.glob('/procedures/**/*.bpmn', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

export async function loadSampleProcedures(): Promise<SampleProcedure[]> {
  const index = (await import('../../procedures/index.json')).default as unknown as SampleIndexEntry[];
  return Promise.all(
    index.map(async (entry) => ({
      slug: entry.slug,
      name: entry.name,
      variants: await Promise.all(
        entry.variants.map(async (v) => {
          const load = files[`/procedures/${v.file.replace(/^procedures\//, '')}`];
          if (!load) throw new Error(`sample file missing: ${v.file}`);
          return { slug: v.slug, name: v.name, status: v.status, description: v.description, xml: await load() };
        }),
      ),
    })),
  );
}
