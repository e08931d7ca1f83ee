/** Build a read-only bpmn-js NavigatedViewer (pan and zoom) that knows the `tthc` extension, for side-by-side views. */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { moddleExtensions } from '@/core/index.ts';

export function createViewer(container: HTMLElement): NavigatedViewer {
  return new NavigatedViewer({ container, moddleExtensions });
}
