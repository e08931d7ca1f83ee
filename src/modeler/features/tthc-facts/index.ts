import { UpdateFactsHandler } from './UpdateFactsHandler.ts';

/** Registers the `tthc.updateFacts` command with the modeler's command stack. */
class TthcFactsCommands {
  static $inject = ['commandStack'];
  constructor(commandStack: { registerHandler(name: string, handler: unknown): void }) {
    commandStack.registerHandler('tthc.updateFacts', UpdateFactsHandler);
  }
}

export default {
  __init__: ['tthcFactsCommands'],
  tthcFactsCommands: ['type', TthcFactsCommands],
};
