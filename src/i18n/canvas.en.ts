/** English text of the canvas controls, the shortcut help, the panels and the app update prompt; merged into en.ts. Keys match canvas.vi.ts. */
export default {
  canvas: {
    controls: 'Canvas controls',
    zoomIn: 'Zoom in (Ctrl +)', zoomOut: 'Zoom out (Ctrl −)', fit: 'Fit to canvas', zoomLevel: 'Zoom: {percent}%',
    minimapOpen: 'Open minimap', minimapClose: 'Close minimap', help: 'Keyboard shortcuts (?)',
    label: 'Process diagram', legend: 'Colour key'
  },
  panels: {
    hideLibrary: 'Hide library', showLibrary: 'Show library', hideSide: 'Hide properties panel', showSide: 'Show properties panel'
  },
  shortcuts: {
    title: 'Keyboard shortcuts', close: 'Close', intro: 'These shortcuts work while the canvas has the focus (click the canvas first).',
    keyHeader: 'Keys', actionHeader: 'Action',
    groups: { file: 'File and history', view: 'Viewing', edit: 'Editing', tools: 'Tools' },
    items: {
      save: 'Download the .bpmn file', undo: 'Undo', redo: 'Redo', help: 'Open this list of shortcuts',
      zoomIn: 'Zoom in', zoomOut: 'Zoom out', zoomReset: 'Actual size (100%)', scrollZoom: 'Zoom with the mouse wheel',
      pan: 'Scroll the diagram', panFast: 'Scroll the diagram faster',
      move: 'Move the selection', selectAll: 'Select all', search: 'Find an element in the diagram', remove: 'Delete the selection',
      copy: 'Copy', paste: 'Paste', editLabel: 'Edit the selected element\u2019s name', replace: 'Change the selected element\u2019s type',
      hand: 'Hand tool (drag the diagram)', lasso: 'Lasso selection tool', space: 'Create/remove space tool', connect: 'Connect tool',
      escape: 'Cancel the current action'
    },
    keys: { ctrl: 'Ctrl', shift: 'Shift', arrows: 'Arrow keys', wheel: 'Ctrl + wheel', del: 'Delete', esc: 'Esc' }
  },
  pwa: {
    updateReady: 'A new version of TTHC Studio is ready.', reload: 'Reload to update', later: 'Later',
    offlineReady: 'TTHC Studio is ready to work offline.'
  }
};
