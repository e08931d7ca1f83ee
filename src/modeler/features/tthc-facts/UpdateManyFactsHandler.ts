import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type { UpdateFactsContext } from './UpdateFactsHandler.ts';

export interface UpdateManyFactsContext {
  /** Each element's patch, as `tthc.updateFacts` takes it. */
  updates: Array<Pick<UpdateFactsContext, 'element' | 'businessObject' | 'kind' | 'patch'>>;
}

/**
 * `tthc.updateManyFacts`: several `tthc.updateFacts` as one command, so that one undo takes them all back
 * (the command stack undoes the commands a handler runs in its preExecute together with it).
 */
export class UpdateManyFactsHandler {
  static $inject = ['commandStack'];

  constructor(private readonly commandStack: CommandStack) {}

  preExecute(context: UpdateManyFactsContext): void {
    for (const update of context.updates) this.commandStack.execute('tthc.updateFacts', { ...update });
  }
}
