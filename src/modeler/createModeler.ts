/** Build the bpmn-js Modeler the editor uses: the `tthc` moddle extension, facts commands and translation. */
import Modeler from 'bpmn-js/lib/Modeler';
import { moddleExtensions } from '@/core/index.ts';
import tthcFactsModule from './features/tthc-facts/index.ts';
import foldingSearchModule from './features/folding-search/index.ts';
import { translateModule, type Locale } from './features/translate/translate.ts';

export interface CreateModelerOptions {
  container: HTMLElement;
  locale: Locale;
}

export function createModeler({ container, locale }: CreateModelerOptions): Modeler {
  return new Modeler({
    container,
    moddleExtensions,
    additionalModules: [translateModule(locale), tthcFactsModule, foldingSearchModule]
  });
}
