/** Hash routes, so the app works from any static host and from a file path. */
import { createRouter, createWebHashHistory } from 'vue-router';
import EditorView from '@/views/EditorView.vue';
import LibraryView from '@/views/LibraryView.vue';

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    // The workspace: the library beside the editor.
    { path: '/', component: EditorView, props: { withLibrary: true } },
    { path: '/editor/:variantId?', component: EditorView },
    { path: '/library', component: LibraryView },
    { path: '/compare', component: () => import('@/views/CompareView.vue') },
  ],
});
