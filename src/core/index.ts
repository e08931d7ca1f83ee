/** The framework-free core: the one public API for the app, the CLI and the tests. */
export * from './bpmn/tthc-descriptor.ts';
export * from './bpmn/moddle-types.ts';
export * from './bpmn/moddle.ts';
export * from './bpmn/problem-messages.ts';
export * from './model/types.ts';
export * from './model/facts.ts';
export * from './model/time.ts';
export * from './model/dossier-status.ts';
export * from './builder/spec.ts';
export * from './builder/build.ts';
export * from './builder/lane-layout.ts';
export * from './template/new-procedure.ts';
export * from './model/element-facts.ts';
export * from './bpmn/semantic-diff.ts';
export * from './analysis/index.ts';
export * from './text/fold.ts';
export * from './library/search.ts';
