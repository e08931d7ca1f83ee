/**
 * Library benchmark page (Chromium, real IndexedDB): first render of the library view with N procedures
 * (each with its kept figures, a third with an option), search-as-you-type latency (input to updated DOM),
 * opening the reform dashboard, and importing 1,000 BPMN files against the bare bpmn-moddle parse of the
 * same files. Driven by scripts/bench-library-view.mjs, which opens a page of 50 and one of 5,000 side by
 * side and types into them in turn.
 */
import { createApp, nextTick, type App } from 'vue';
import { createPinia } from 'pinia';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createModdle, nameOrderKey, newProcedureXml, searchKey } from '@/core/index.ts';
import { buildSearchIndex, searchProcedures, type VariantFigures } from '@/core/index.ts';
import {
  SAMPLES_LOADED_SETTING,
  importBpmnFiles,
  setSetting,
  type FiguresRecord,
  type ProcedureRecord,
  type VariantRecord,
} from '@/storage/index.ts';
import { libraryDb } from '@/storage/library-db.ts';
import { i18n } from '@/i18n/index.ts';
import { useLibraryStore } from '@/stores/library.ts';
import LibraryPanel from '@/components/library/LibraryPanel.vue';

const FIELDS = ['Hộ tịch', 'Cư trú', 'Xây dựng', 'Đất đai', 'Đăng ký kinh doanh', 'Tư pháp', 'Giao thông', 'Tôn giáo'];
const VERBS = ['Đăng ký', 'Cấp', 'Cấp đổi', 'Cấp lại', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Xác nhận'];
const OBJECTS = [
  'khai sinh',
  'kết hôn',
  'thường trú',
  'giấy phép xây dựng',
  'giấy chứng nhận quyền sử dụng đất',
  'hộ kinh doanh',
  'giấy phép lái xe',
  'phiếu lý lịch tư pháp',
  'doanh nghiệp',
  'trụ sở tổ chức tôn giáo',
];

/** Figures of a generated variant (`option` 1 saves a third of the time, a visit and adds a document from data). */
function figuresOf(i: number, option: number): VariantFigures {
  const limit = 5 + (i % 25);
  const days = option ? (limit * 2) / 3 : limit;
  return {
    steps: 6 + (i % 7),
    handoffs: 4,
    inPersonVisits: 2 - option,
    documentsFromApplicant: 4 - option,
    documentsReplacedByData: option,
    criticalPathWorkingDays: days,
    statutoryLimitWorkingDays: days,
    costPerDossierVnd: days * 320_000,
    costPerYearVnd: days * 320_000 * (100 + (i % 900)),
    processingCostPerDossierVnd: days * 320_000,
    activityCostPerDossierVnd: 180_000 - option * 150_000,
  };
}

const paint = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function fillLibrary(count: number): Promise<void> {
  const db = await libraryDb();
  const now = Date.now();
  const procedures: ProcedureRecord[] = [];
  const variants: VariantRecord[] = [];
  const figures: FiguresRecord[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${VERBS[i % VERBS.length]} ${OBJECTS[(i * 7) % OBJECTS.length]} (${i + 1})`;
    const code = `${1 + (i % 3)}.${String(100000 + i * 7).padStart(6, '0')}`;
    procedures.push({
      id: `p${i}`,
      code,
      name,
      field: FIELDS[i % FIELDS.length],
      level: (['xa', 'tinh', 'bo'] as const)[i % 3],
      agency: `Sở ${FIELDS[i % FIELDS.length]}`,
      onlineLevel: i % 2 ? 'full' : 'partial',
      searchKey: searchKey(name),
      nameOrder: nameOrderKey(name),
      createdAt: now,
      updatedAt: now - i * 1000,
    });
    variants.push({
      id: `v${i}`,
      procedureId: `p${i}`,
      name: 'Hiện hành',
      status: 'current',
      xml: '<bpmn:definitions/>',
      revision: 1,
      createdAt: now,
      updatedAt: now,
    });
    figures.push({
      variantId: `v${i}`,
      procedureId: `p${i}`,
      name: 'Hiện hành',
      status: 'current',
      updatedAt: now,
      figures: figuresOf(i, 0),
    });
    if (i % 3 === 0) {
      const status = i % 9 === 0 ? 'approved' : 'proposed';
      variants.push({
        id: `o${i}`,
        procedureId: `p${i}`,
        name: 'Phương án 1',
        status,
        xml: '<bpmn:definitions/>',
        revision: 1,
        createdAt: now + 1,
        updatedAt: now,
      });
      figures.push({
        variantId: `o${i}`,
        procedureId: `p${i}`,
        name: 'Phương án 1',
        status,
        updatedAt: now,
        figures: figuresOf(i, 1),
      });
    }
  }
  await db.procedures.bulkAdd(procedures);
  await db.variants.bulkAdd(variants);
  await db.figures.bulkAdd(figures);
  await setSetting(db, SAMPLES_LOADED_SETTING, now);
}

/** The library view mounted by `openLibrary`, for the keystrokes and the dashboard that follow. */
let opened: {
  app: App;
  el: HTMLElement;
  store: ReturnType<typeof useLibraryStore>;
  input: HTMLInputElement;
  index: ReturnType<typeof buildSearchIndex>;
} | null = null;

/** Time from mounting the library view (over the library `fillLibrary` wrote) to its rows on screen. */
async function openLibrary(): Promise<{
  firstRenderMs: number;
  readyMs: number;
  figuresMs: number;
  rows: number;
}> {
  const el = document.getElementById('app') as HTMLElement;
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: LibraryPanel }] });
  const pinia = createPinia();
  const t0 = performance.now();
  const app: App = createApp(LibraryPanel).use(pinia).use(router).use(i18n);
  app.mount(el);
  const store = useLibraryStore(pinia);
  while (!store.ready) await new Promise((r) => setTimeout(r, 1));
  const readyMs = performance.now() - t0;
  await nextTick();
  await paint();
  const firstRenderMs = performance.now() - t0;
  // the kept figures follow the first draw (one read of the figures table)
  while (!store.figuresLoaded) await new Promise((r) => setTimeout(r, 1));
  await nextTick();
  await paint();
  const figuresMs = performance.now() - t0;
  while (store.analysing) await new Promise((r) => setTimeout(r, 1));
  const rows = el.querySelectorAll('[data-testid="library-item"]').length;
  const input = el.querySelector('[data-testid="library-search"]') as HTMLInputElement;
  opened = { app, el, store, input, index: buildSearchIndex(store.procedures) };
  return { firstRenderMs, readyMs, figuresMs, rows };
}

/**
 * One keystroke as typed: the search box gets `text` and its input event, as from the keyboard; the time to
 * the updated list in the DOM, and the core search of the same text alone, for the breakdown.
 */
async function typeKeystroke(text: string): Promise<{ ms: number; coreMs: number }> {
  const { input, index } = opened!;
  const t = performance.now();
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await nextTick();
  const ms = performance.now() - t;
  const s0 = performance.now();
  searchProcedures(index, text);
  return { ms, coreMs: performance.now() - s0 };
}

/** Opening the reform dashboard (every procedure's figures totalled by the core), then unmount. */
async function closeLibrary(): Promise<{ dashboardMs: number; reviewed: number }> {
  const { app, el } = opened!;
  const t1 = performance.now();
  (el.querySelector('[data-testid="reform-toggle"]') as HTMLButtonElement).click();
  await nextTick();
  await paint();
  const dashboardMs = performance.now() - t1;
  const reviewed = Number(el.querySelector('[data-testid="reform-total-reviewed"]')?.getAttribute('data-value'));
  app.unmount();
  opened = null;
  return { dashboardMs, reviewed };
}

/** Import `count` BPMN files into the library vs parsing them with a bare bpmn-moddle, in this page. */
async function benchImport(
  count: number,
): Promise<{ parseMs: number; importMs: number; ratio: number; files: number }> {
  const template = await newProcedureXml('vi');
  const files = Array.from({ length: count }, (_, i) => ({
    name: `f${i}.bpmn`,
    text: template.replace(/Thủ tục hành chính mới/g, `Thủ tục số ${i + 1}`),
  }));
  const moddle = createModdle();
  let t = performance.now();
  for (const f of files) await moddle.fromXML(f.text, 'bpmn:Definitions');
  const parseMs = performance.now() - t;
  const db = await libraryDb();
  t = performance.now();
  const result = await importBpmnFiles(db, files);
  const importMs = performance.now() - t;
  return { parseMs, importMs, ratio: importMs / parseMs, files: result.imported.length };
}

Object.assign(window, { fillLibrary, openLibrary, typeKeystroke, closeLibrary, benchImport });
document.title = 'ready';
