/** The stored fields derived from a procedure's name, set together wherever a name is written. */
import { nameOrderKey, searchKey } from '../core/index.ts';
import type { ProcedureRecord } from './types.ts';

export function nameFields(name: string): Pick<ProcedureRecord, 'searchKey' | 'nameOrder'> {
  return { searchKey: searchKey(name), nameOrder: nameOrderKey(name) };
}
