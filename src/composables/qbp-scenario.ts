/**
 * The BIMP / Prosimos scenario of the diagram in the editor: the QBP simulation info the file carries (read
 * after each analysis, never changed here), using it as one undoable command, and exporting the diagram with
 * the studio's scenario written as QBP on a fresh parse of its XML (the modeler's model is never touched).
 */
import { shallowRef, watch, type ShallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import {
  formatNumber,
  planQbp,
  readQbp,
  scenarioSource,
  withQbpScenario,
  type Analysis,
  type QbpApplied,
  type QbpInfo,
} from '@/core/index.ts';
import type { EditorSession } from './editor-session.ts';
import { downloadBlob, withExtension } from './download.ts';
import { problemText } from './problem-text.ts';
import { useEditorStore } from '@/stores/editor.ts';
import { definitionsOf } from '@/modeler/definitions.ts';

export interface QbpScenarioState {
  /** The file's QBP scenario and what using it would write (null when the file carries none). */
  found: { info: QbpInfo; plan: QbpApplied } | null;
  /** Whether a lane states officers (the simulation then uses the diagram's own figures). */
  statesOfficers: boolean;
}

export interface QbpScenarioSession {
  state: ShallowRef<QbpScenarioState>;
  /** The last message of an action (export or use), shown under the buttons. */
  message: ShallowRef<{ kind: 'done' | 'error'; text: string } | null>;
  exportScenario(): Promise<void>;
  /** Write the file's QBP scenario into its facts as one undoable command; then `onApplied`. */
  useScenario(onApplied: () => void): void;
}

/** The QBP scenario of the session's diagram; call from a component's setup. */
export function useQbpScenario(session: EditorSession, analysis: ShallowRef<Analysis | null>): QbpScenarioSession {
  const { t, locale } = useI18n();
  const store = useEditorStore();
  const state = shallowRef<QbpScenarioState>({ found: null, statesOfficers: false });
  const message = shallowRef<{ kind: 'done' | 'error'; text: string } | null>(null);
  const count = (n: number) => formatNumber(n, locale.value === 'en' ? 'en' : 'vi', 0);
  const definitions = () => definitionsOf(session.modeler.value);

  watch(
    analysis,
    () => {
      const defs = definitions();
      const info = defs ? readQbp(defs) : null;
      state.value = {
        found: defs && info ? { info, plan: planQbp(defs, info).applied } : null,
        statesOfficers: defs ? scenarioSource(defs) === 'tthc' : false,
      };
    },
    { immediate: true },
  );

  async function exportScenario(): Promise<void> {
    try {
      const xml = await session.getXml();
      if (!xml) return;
      const out = await withQbpScenario(xml, { year: new Date().getFullYear() });
      const file = withExtension(store.fileName, '.qbp.bpmn');
      downloadBlob(new Blob([out.xml], { type: 'application/xml;charset=utf-8' }), file);
      message.value = {
        kind: 'done',
        text: t('qbp.exported', {
          file,
          resources: out.info?.resources.length ?? 0,
          steps: out.info?.elements.length ?? 0,
          flows: out.info?.flows.length ?? 0,
        }),
      };
    } catch (error) {
      message.value = { kind: 'error', text: t('qbp.exportFailed', { detail: problemText(error, locale.value) }) };
    }
  }

  function useScenario(onApplied: () => void): void {
    const defs = definitions();
    const info = defs ? readQbp(defs) : null;
    if (!defs || !info) return;
    const { patches, applied } = planQbp(defs, info);
    if (!session.updateFactsOf(patches)) {
      message.value = { kind: 'error', text: t('qbp.nothing') };
      return;
    }
    onApplied();
    message.value = {
      kind: 'done',
      text: t('qbp.applied', {
        roles: applied.roles,
        steps: applied.steps,
        outcomes: applied.outcomes,
        arrivals:
          applied.dossiersPerYear === null ? '' : t('qbp.appliedArrivals', { perYear: count(applied.dossiersPerYear) }),
      }),
    };
  }

  return { state, message, exportScenario, useScenario };
}
