/**
 * The export worker's replies, driven through its message handler as the app's page drives it: a model the core
 * cannot read comes back as the user's message in the requested language (never a stack trace), a readable one
 * as its files, and one that fails the export's checks as its problems. The worker scope is a stand-in that
 * records what the worker posts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportProblem, checkNestingDepth, parseBpmn } from '@/core/bpmn/moddle.ts';
import { describeProblem } from '@/core/bpmn/problem-messages.ts';
import type { ExportRequest, ExportResponse } from '@/workers/export.worker.ts';
import { chainModel, nestedModel } from '../support/size-models.ts';

const posted: ExportResponse[] = [];
const scope: { onmessage: ((event: { data: ExportRequest }) => Promise<void>) | null } & Record<string, unknown> = {
  onmessage: null,
  postMessage: (message: ExportResponse) => posted.push(message),
};

const global = globalThis as unknown as { self?: unknown };
const ownSelf = global.self;
beforeAll(async () => {
  global.self = scope;
  await import('@/workers/export.worker.ts');
});
afterAll(() => {
  global.self = ownSelf;
});

/** Sends one request and returns the worker's final reply; `posted` keeps every message, progress included. */
async function request(data: ExportRequest): Promise<ExportResponse> {
  posted.length = 0;
  await scope.onmessage?.({ data });
  const final = posted.filter((m) => !('progress' in m));
  expect(final).toHaveLength(1);
  return final[0] as ExportResponse;
}

/** The problem the core reports for `xml` (reading it, then its depth), to compare the worker's text against. */
async function problemOf(xml: string): Promise<ImportProblem> {
  let error: unknown;
  try {
    checkNestingDepth((await parseBpmn(xml)).definitions);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ImportProblem);
  return error as ImportProblem;
}

describe('export worker', () => {
  it.each(['vi', 'en'] as const)('answers a model nested too deep with the message in %s', async (lang) => {
    const xml = nestedModel(3000);
    const reply = await request({ id: 7, lang, kind: 'variant', xml, target: 'bpmn-engine', images: [] });
    const expected = describeProblem(await problemOf(xml), lang);
    expect(reply).toEqual({ id: 7, error: expected });
    expect(expected).not.toMatch(/\bat \S+:\d+|RangeError|TypeError/);
  });

  it('answers a file that is not XML with its message, not a parser trace', async () => {
    const xml = '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process';
    const reply = await request({ id: 8, lang: 'vi', kind: 'variant', xml, target: 'json', images: [] });
    expect(reply).toEqual({ id: 8, error: describeProblem(await problemOf(xml), 'vi') });
  });

  it('answers a readable model with its files, after reporting progress', async () => {
    const xml = chainModel(5, { di: true });
    const reply = await request({ id: 9, lang: 'en', kind: 'variant', xml, target: 'bpmn-engine', images: [] });
    expect(posted.some((m) => 'progress' in m)).toBe(true);
    expect(reply.id).toBe(9);
    expect('files' in reply ? reply.files.length : 0).toBeGreaterThan(0);
  });

  it('answers a model the export refuses with its problems as plain data', async () => {
    const reply = await request({
      id: 10,
      lang: 'vi',
      kind: 'variant',
      xml: chainModel(3),
      target: 'bpmn-engine',
      images: [],
    });
    expect('refused' in reply ? reply.refused.map((p) => p.code) : []).toContain('lint:no-bpmndi');
  });
});
