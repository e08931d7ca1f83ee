/**
 * Add procedures that come with several variants at once (an OpenCPS package: one procedure per service,
 * one variant per process). Every XML is parsed before the one transaction that writes them all, so a
 * failure writes nothing.
 */
import { parseBpmn } from '../core/index.ts';
import type { TthcDB } from './db.ts';
import { newId } from './hash.ts';
import { deriveFacts, guard, newProcedureRecords } from './library-repo.ts';
import type { ProcedureRecord, VariantRecord } from './types.ts';

export interface NewProcedure {
  name: string;
  variants: Array<{ name: string; xml: string }>;
}

export async function createProceduresWithVariants(
  db: TthcDB,
  procedures: NewProcedure[],
): Promise<{ procedures: ProcedureRecord[]; variants: VariantRecord[] }> {
  const now = Date.now();
  const outP: ProcedureRecord[] = [];
  const outV: VariantRecord[] = [];
  for (const p of procedures) {
    let procedure: ProcedureRecord | undefined;
    for (const [i, v] of p.variants.entries()) {
      const derived = deriveFacts((await parseBpmn(v.xml)).definitions, p.name);
      if (!procedure) {
        const records = newProcedureRecords(v.xml, derived, {}, now);
        procedure = records.procedure;
        outP.push(procedure);
        outV.push(records.variant);
        continue;
      }
      outV.push({
        id: newId(),
        procedureId: procedure.id,
        name: derived.variantName ?? v.name,
        status: derived.variantStatus ?? 'proposed',
        xml: v.xml,
        revision: 1,
        createdAt: now + i,
        updatedAt: now + i,
      });
    }
  }
  await guard(() =>
    db.transaction('rw', [db.procedures, db.variants], async () => {
      await db.procedures.bulkAdd(outP);
      await db.variants.bulkAdd(outV);
    }),
  );
  return { procedures: outP, variants: outV };
}
