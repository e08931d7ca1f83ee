/** Opening files other tools wrote: repairs, generated layout and the notices that tell the user. */
export * from './notices.ts';
export * from './notice-messages.ts';
export * from './repair.ts';
export * from './open-bpmn.ts';
export type { ParseWarning } from './unresolved-di.ts';
