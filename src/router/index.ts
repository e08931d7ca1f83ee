/** Hash routes, so the app works from any static host and from a file path. */
import { createRouter, createWebHashHistory } from 'vue-router';
import EditorView from '@/views/EditorView.vue';

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', component: EditorView },
    { path: '/editor', component: EditorView }
  ]
});
