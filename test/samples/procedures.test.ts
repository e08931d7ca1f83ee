/**
 * The sample library in procedures/: the committed BPMN files are exactly what the specs build, they open
 * cleanly, every option is a real simplification of its procedure's current variant that keeps element ids,
 * and the current variants keep within their statutory time limits with their legal sources named.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { is, parseBpmn, readFacts, readProcedure, type ModdleElement, type ProcedureSpec } from '@/core/index.ts';
import { procedures } from '../../procedures/specs/index.ts';
import { cloneSpec, removeStep } from '../../procedures/specs/derive.ts';
import { CURRENT_SLUG, renderLibrary, type LibraryIndexEntry } from '../../scripts/build-procedures.ts';

const ROOT = fileURLToPath(new URL('../../procedures/', import.meta.url));
const readCommitted = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const index = JSON.parse(readCommitted('index.json')) as LibraryIndexEntry[];
/** Procedure codes the cited decisions give (docs/sources.md [HN1594; VL2682]); any other code would be invented. */
const KNOWN_CODES = new Set(['1.012644', '3.000527.H61']);

describe('procedure library files', () => {
  it('has at least 10 procedures, each with the current variant and at least one proposed option', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(10);
    expect(new Set(procedures.map((p) => p.slug)).size).toBe(procedures.length);
    for (const p of procedures) {
      expect(p.current.procedure?.variantName, p.slug).toBe('Hiện hành');
      expect(p.current.procedure?.variantStatus, p.slug).toBe('current');
      expect(
        p.options.filter((o) => o.spec.procedure?.variantStatus === 'proposed').length,
        p.slug,
      ).toBeGreaterThanOrEqual(1);
      for (const o of p.options) {
        expect(o.spec.procedure?.variantName, `${p.slug}/${o.slug}`).toBe(o.name);
        expect(['proposed', 'approved'], `${p.slug}/${o.slug}`).toContain(o.spec.procedure?.variantStatus);
        expect(o.slug).not.toBe(CURRENT_SLUG);
      }
      expect(new Set(p.options.map((o) => o.slug)).size, p.slug).toBe(p.options.length);
    }
  });

  it('regenerates byte-identical files from the specs (run `npx tsx scripts/build-procedures.ts` after editing a spec)', async () => {
    const rendered = await renderLibrary();
    for (const [path, content] of rendered) expect(readCommitted(path), path).toBe(content);
    // no stale file is left behind
    expect(listBpmn(ROOT).sort()).toEqual([...rendered.keys()].filter((p) => p.endsWith('.bpmn')).sort());
  });

  it('lists every variant in index.json with its status and file', () => {
    expect(index.map((e) => e.slug)).toEqual(procedures.map((p) => p.slug));
    for (const p of procedures) {
      const entry = index.find((e) => e.slug === p.slug) as LibraryIndexEntry;
      expect(entry.name).toBe(p.current.procedure?.name);
      expect(entry.code).toBe(p.current.procedure?.code);
      expect(entry.variants.map((v) => v.slug)).toEqual([CURRENT_SLUG, ...p.options.map((o) => o.slug)]);
      expect(entry.variants[0]?.status).toBe('current');
      for (const v of entry.variants) expect(v.file).toBe(`${p.slug}/${v.slug}.bpmn`);
    }
  });

  it('opens every committed file without parser warnings, with its procedure facts', async () => {
    for (const path of listBpmn(ROOT)) {
      const { definitions, warnings } = await parseBpmn(readCommitted(path));
      expect(warnings, path).toEqual([]);
      const facts = readProcedure(definitions);
      expect(facts.name, path).toBeTruthy();
      expect(facts.timeLimit, path).toBeGreaterThan(0);
    }
  });
});

describe('procedure facts and sources', () => {
  it('invents no procedure code and places every procedure at a post-2025 level', () => {
    for (const p of procedures) {
      const f = p.current.procedure ?? {};
      if (f.code !== undefined) expect(KNOWN_CODES.has(f.code), p.slug).toBe(true);
      expect(['xa', 'tinh', 'bo'], p.slug).toContain(f.level);
      expect(f.agency ?? '', p.slug).not.toMatch(/cấp huyện/i);
    }
  });

  it('carries at least one legal basis and names the source of each in the documentation', () => {
    for (const p of procedures) {
      for (const spec of [p.current, ...p.options.map((o) => o.spec)]) {
        const bases = spec.procedure?.legalBases ?? [];
        const docText = spec.documentation ?? '';
        expect(bases.length, p.slug).toBeGreaterThanOrEqual(1);
        for (const b of bases) expect(docText, `${p.slug}: ${b.document}`).toContain(b.document);
        expect(docText, p.slug).toMatch(/\[(TL\/[0-9a-f]{8}|[A-Z][A-Z0-9-]+)[;\]]/);
        // the yearly dossier count and branch shares are illustrative, and the text says so
        expect(docText, p.slug).toContain('minh họa');
      }
    }
  });

  it('says where every option comes from', () => {
    for (const p of procedures) {
      for (const o of p.options) {
        expect(o.description, `${p.slug}/${o.slug}`).toMatch(/\[(TL\/[0-9a-f]{8}|[A-Z][A-Z0-9-]+)[;\] ]/);
        expect(o.spec.documentation, `${p.slug}/${o.slug}`).toContain(o.description);
      }
    }
  });

  it('writes every name and text in NFC-normalized Vietnamese', async () => {
    for (const p of procedures) {
      for (const s of strings([p.current, ...p.options]))
        expect(s.normalize('NFC') === s, `${p.slug}: ${s.slice(0, 60)}`).toBe(true);
      expect(p.current.procedure?.name, p.slug).toMatch(/[ăâđêôơưáàảãạếềểễệ]/i);
    }
    for (const path of listBpmn(ROOT)) {
      const xml = readCommitted(path);
      expect(xml.normalize('NFC') === xml, path).toBe(true);
    }
  });

  it('uses national dossier statuses 1–10 and decision shares that add up to one', () => {
    for (const p of procedures) {
      for (const spec of [p.current, ...p.options.map((o) => o.spec)]) {
        for (const n of spec.nodes) {
          const status = n.step?.dossierStatus;
          if (status !== undefined)
            expect(Number.isInteger(status) && status >= 1 && status <= 10, `${p.slug}/${n.id}`).toBe(true);
          if (n.type === 'exclusiveGateway') {
            const out = spec.flows.filter((f) => f.from === n.id);
            expect(out.filter((f) => f.isDefault).length, `${p.slug}/${n.id} default flow`).toBe(1);
            const sum = out.reduce((s, f) => s + (f.outcome?.share ?? Number.NaN), 0);
            expect(sum, `${p.slug}/${n.id} shares`).toBeCloseTo(1, 9);
          }
        }
        // the supplement loop and the in-person visits are modelled where the applicant must act
        expect(
          spec.nodes.some((n) => n.step?.dossierStatus === 5),
          `${p.slug} supplement`,
        ).toBe(true);
        for (const d of spec.dossiers ?? []) {
          expect(d.component.copyType, `${p.slug}/${d.id}`).toBeTruthy();
          expect(d.component.quantity, `${p.slug}/${d.id}`).toBeGreaterThanOrEqual(1);
          if (d.component.source === 'database') expect(d.component.database, `${p.slug}/${d.id}`).toBeTruthy();
        }
      }
    }
  });
});

describe('current variants keep within the statutory time limit', () => {
  for (const p of procedures) {
    it(`${p.slug}: the main path takes no longer than the statutory limit`, async () => {
      const { definitions } = await parseBpmn(readCommitted(`${p.slug}/${CURRENT_SLUG}.bpmn`));
      const limit = readProcedure(definitions).timeLimit as number;
      const days = mainPathDays(definitions);
      expect(days).toBeGreaterThan(0);
      expect(days).toBeLessThanOrEqual(limit + 1e-9);
    });
  }
});

describe('simplification options', () => {
  for (const p of procedures) {
    for (const o of p.options) {
      it(`${p.slug}/${o.slug} keeps the ids it shares with the current variant and changes a time, a step or a source`, async () => {
        const current = elementsById((await parseBpmn(readCommitted(`${p.slug}/${CURRENT_SLUG}.bpmn`))).definitions);
        const option = elementsById((await parseBpmn(readCommitted(`${p.slug}/${o.slug}.bpmn`))).definitions);
        // nothing renamed or invented: every id of the option is the same kind of element in the current variant
        for (const [id, el] of option) {
          expect(current.has(id), `${id} is not in the current variant`).toBe(true);
          expect(el.$type, id).toBe(current.get(id)?.$type);
        }
        // what the option dropped is a merged step with its flow (and their diagram shapes) only
        for (const [id, el] of current) {
          if (option.has(id)) continue;
          const base = id.replace(/_di$/, '');
          const kind = (current.get(base) ?? el).$type;
          expect(
            is(current.get(base) ?? el, 'bpmn:Activity') || kind === 'bpmn:SequenceFlow',
            `${id} (${kind}) removed`,
          ).toBe(true);
        }
        expect(differences(current, option).length, 'the option changes nothing measurable').toBeGreaterThan(0);
      });
    }
  }
});

describe('derive helpers', () => {
  it('removeStep reconnects the single incoming flow to the next node and keeps the other ids', () => {
    const spec = procedures.find((p) => p.slug === 'hn1594-thay-doi-tru-so-to-chuc-ton-giao')?.current as ProcedureSpec;
    const before = cloneSpec(spec);
    const after = removeStep('Task_AssignDept')(spec);
    expect(spec).toEqual(before);
    expect(after.nodes.map((n) => n.id)).toEqual(spec.nodes.map((n) => n.id).filter((id) => id !== 'Task_AssignDept'));
    const incoming = after.flows.find((f) => f.id === 'Flow_Task_Forward_Task_AssignDept');
    expect(incoming?.to).toBe('Task_AssignOfficer');
    expect(after.flows.some((f) => f.from === 'Task_AssignDept' || f.to === 'Task_AssignDept')).toBe(false);
    expect(() => removeStep('Gateway_Complete')(spec)).toThrow(/exactly one incoming and one outgoing/);
  });
});

// helpers //////////////////////

function listBpmn(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listBpmn(full));
    else if (name.endsWith('.bpmn')) out.push(relative(ROOT, full).split('\\').join('/'));
  }
  return out;
}

/** Every string of plain data (specs and options). */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

/** Every moddle element with an id, reached through containment and references. */
function elementsById(definitions: ModdleElement): Map<string, ModdleElement> {
  const byId = new Map<string, ModdleElement>();
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    const el = value as ModdleElement;
    if (typeof el.$type !== 'string') return;
    if (typeof el.id === 'string') byId.set(el.id, el);
    for (const key of Object.keys(el)) if (!key.startsWith('$')) visit(el[key]);
  };
  visit(definitions);
  return byId;
}

/** Step times, the set of steps and the dossier sources that differ between two variants. */
function differences(a: Map<string, ModdleElement>, b: Map<string, ModdleElement>): string[] {
  const diffs: string[] = [];
  const steps = (m: Map<string, ModdleElement>) => [...m.values()].filter((el) => is(el, 'bpmn:Activity'));
  const stepIds = (m: Map<string, ModdleElement>) =>
    steps(m)
      .map((el) => el.id as string)
      .sort()
      .join();
  if (stepIds(a) !== stepIds(b)) diffs.push('steps');
  for (const el of steps(b)) {
    const before = a.get(el.id as string);
    if (before && readFacts(before, 'step').duration !== readFacts(el, 'step').duration) diffs.push(`time ${el.id}`);
  }
  for (const el of b.values()) {
    if (!is(el, 'bpmn:DataObjectReference')) continue;
    const before = a.get(el.id as string) as ModdleElement;
    const [x, y] = [readFacts(before, 'dossierComponent'), readFacts(el, 'dossierComponent')];
    if (x.source !== y.source || x.database !== y.database) diffs.push(`source ${el.id}`);
  }
  return diffs;
}

/**
 * Working days along the main path: from the start event, through each decision's default flow (skipping the
 * supplement, refusal, verification and other exception branches), through parallel branches by the longest.
 */
function mainPathDays(definitions: ModdleElement): number {
  const roots = definitions.get('rootElements') as ModdleElement[];
  const process = roots.find((r) => is(r, 'bpmn:Process')) as ModdleElement;
  const nodes = (process.get('flowElements') as ModdleElement[]).filter((el) => is(el, 'bpmn:FlowNode'));
  const starts = nodes.filter((n) => is(n, 'bpmn:StartEvent'));
  expect(starts.length).toBe(1);
  const memo = new Map<ModdleElement, number>();
  const onPath = new Set<ModdleElement>();
  const days = (node: ModdleElement): number => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (onPath.has(node)) throw new Error(`the main path loops at ${node.id}`);
    onPath.add(node);
    const step = is(node, 'bpmn:Activity') ? readFacts(node, 'step') : undefined;
    const own = step?.duration === undefined ? 0 : step.durationUnit === 'hour' ? step.duration / 8 : step.duration;
    const outgoing = (node.get('outgoing') as ModdleElement[] | undefined) ?? [];
    let next = 0;
    if (is(node, 'bpmn:ExclusiveGateway') || is(node, 'bpmn:InclusiveGateway')) {
      const main = node.get('default') as ModdleElement | undefined;
      if (!main) throw new Error(`decision ${node.id} has no default flow`);
      next = days(main.targetRef as ModdleElement);
    } else {
      if (outgoing.length > 1 && !is(node, 'bpmn:ParallelGateway'))
        throw new Error(`${node.id} branches without a gateway`);
      next = Math.max(0, ...outgoing.map((f) => days(f.targetRef as ModdleElement)));
    }
    onPath.delete(node);
    memo.set(node, own + next);
    return own + next;
  };
  return days(starts[0] as ModdleElement);
}
