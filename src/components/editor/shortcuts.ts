/**
 * The keyboard shortcuts of the editor canvas, as the help dialog lists them: bpmn-js 18 / diagram-js 15's
 * own key bindings (BpmnKeyboardBindings, KeyboardMove, KeyboardMoveSelection) plus the studio's Ctrl+S and `?`.
 * Each key is a text key under `shortcuts.keys` or a literal key cap; each action a key under `shortcuts.items`.
 */
export interface Shortcut {
  keys: string[][];
  action: string;
}
export interface ShortcutGroup {
  group: 'file' | 'view' | 'edit' | 'tools';
  items: Shortcut[];
}

const CTRL = '@ctrl';
const SHIFT = '@shift';

export const SHORTCUTS: ShortcutGroup[] = [
  {
    group: 'file',
    items: [
      { keys: [[CTRL, 'S']], action: 'save' },
      { keys: [[CTRL, 'Z']], action: 'undo' },
      {
        keys: [
          [CTRL, 'Y'],
          [CTRL, SHIFT, 'Z'],
        ],
        action: 'redo',
      },
      { keys: [['?']], action: 'help' },
    ],
  },
  {
    group: 'view',
    items: [
      { keys: [[CTRL, '+']], action: 'zoomIn' },
      { keys: [[CTRL, '−']], action: 'zoomOut' },
      { keys: [[CTRL, '0']], action: 'zoomReset' },
      { keys: [['@wheel']], action: 'scrollZoom' },
      { keys: [[CTRL, '@arrows']], action: 'pan' },
      { keys: [[CTRL, SHIFT, '@arrows']], action: 'panFast' },
    ],
  },
  {
    group: 'edit',
    items: [
      { keys: [['@arrows']], action: 'move' },
      { keys: [[CTRL, 'A']], action: 'selectAll' },
      { keys: [[CTRL, 'F']], action: 'search' },
      { keys: [['@del']], action: 'remove' },
      { keys: [[CTRL, 'C']], action: 'copy' },
      { keys: [[CTRL, 'V']], action: 'paste' },
      { keys: [['E']], action: 'editLabel' },
      { keys: [['R']], action: 'replace' },
      { keys: [['@esc']], action: 'escape' },
    ],
  },
  {
    group: 'tools',
    items: [
      { keys: [['H']], action: 'hand' },
      { keys: [['L']], action: 'lasso' },
      { keys: [['S']], action: 'space' },
      { keys: [['C']], action: 'connect' },
    ],
  },
];

/** Whether a key press is meant for a text field rather than for a shortcut. */
export function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return !!el.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""]');
}
