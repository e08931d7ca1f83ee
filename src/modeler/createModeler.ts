/** Build the bpmn-js Modeler the editor uses: the `tthc` moddle extension, facts commands, translation and a minimap (filled once per opened diagram). */
import Modeler from 'bpmn-js/lib/Modeler';
import minimapModule from 'diagram-js-minimap';
import { moddleExtensions } from '@/core/index.ts';
import tthcFactsModule from './features/tthc-facts/index.ts';
import foldingSearchModule from './features/folding-search/index.ts';
import minimapBatchModule from './features/minimap-batch/index.ts';
import { translateModule, type Locale } from './features/translate/translate.ts';

export interface CreateModelerOptions {
  container: HTMLElement;
  locale: Locale;
}

export function createModeler({ container, locale }: CreateModelerOptions): Modeler {
  return new Modeler({
    container,
    moddleExtensions,
    // closed at first: the fitted drawing uses the whole canvas; the zoom controls open it
    minimap: { open: false },
    additionalModules: [
      translateModule(locale),
      tthcFactsModule,
      foldingSearchModule,
      minimapModule,
      minimapBatchModule,
    ],
  });
}
