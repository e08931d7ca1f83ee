import type CommandStack from 'diagram-js/lib/command/CommandStack';
import { UpdateFactsHandler } from './UpdateFactsHandler.ts';
import { UpdateManyFactsHandler } from './UpdateManyFactsHandler.ts';

/** Registers the `tthc.updateFacts` and `tthc.updateManyFacts` commands with the modeler's command stack. */
class TthcFactsCommands {
  static $inject = ['commandStack'];
  constructor(commandStack: CommandStack) {
    commandStack.registerHandler('tthc.updateFacts', UpdateFactsHandler);
    commandStack.registerHandler('tthc.updateManyFacts', UpdateManyFactsHandler);
  }
}

export default {
  __init__: ['tthcFactsCommands'],
  tthcFactsCommands: ['type', TthcFactsCommands],
};
