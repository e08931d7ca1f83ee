/** Shared set-up for the storage specs: a fresh fake-indexeddb database per test, and sample BPMN from the template. */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { newProcedureXml } from '@/core/index.ts';
import { openDatabase, type TthcDB } from '@/storage/index.ts';

export const deps = { indexedDB, IDBKeyRange };

let counter = 0;

/** A database name no other test uses. */
export function uniqueName(prefix = 'tthc-test'): string {
  return `${prefix}-${++counter}-${Math.random().toString(36).slice(2)}`;
}

/** A fresh, opened library database on fake-indexeddb. */
export async function freshDb(name = uniqueName()): Promise<TthcDB> {
  return openDatabase(name, deps);
}

let template: Promise<string> | undefined;

export interface SampleFacts {
  code?: string;
  name?: string;
  field?: string;
  level?: string;
  agency?: string;
  onlineLevel?: string;
  variantName?: string;
  variantStatus?: string;
}

/** The new-procedure template with the given procedure facts (text replacement on `<tthc:procedure …>`). */
export async function procedureXml(facts: SampleFacts = {}): Promise<string> {
  const xml = await (template ??= newProcedureXml('vi'));
  const attrs = Object.entries({ name: 'Thủ tục hành chính mới', ...facts })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
    .join(' ');
  return xml.replace(
    /<tthc:procedure name="Thủ tục hành chính mới" channels="inPerson post online" timeUnit="day" variantStatus="current" \/>/,
    `<tthc:procedure ${attrs} channels="inPerson post online" timeUnit="day" />`,
  );
}

/** Every `id="…"` in a BPMN text (semantic and diagram elements), as a sorted list. */
export function elementIds(xml: string): string[] {
  return [...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!).sort();
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

export const BIRTH = {
  code: '1.000948.H38',
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'xa',
  agency: 'UBND cấp xã',
  onlineLevel: 'full',
};
export const MARRIAGE = {
  code: '1.000894',
  name: 'Đăng ký kết hôn',
  field: 'Hộ tịch',
  level: 'xa',
  agency: 'UBND cấp xã',
  onlineLevel: 'partial',
};

/** What `promise` rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
