/** A sample procedure of the library: its current variant and the simplification options derived from it. */
import type { ProcedureSpec } from '../../src/core/builder/spec.ts';

export interface SampleOption {
  /** File name (without `.bpmn`) of the option inside `procedures/<slug>/`. */
  slug: string;
  /** Short Vietnamese name, also the option's `variantName`. */
  name: string;
  /** One paragraph: what the option changes and on which legal source it rests. */
  description: string;
  spec: ProcedureSpec;
}

export interface SampleProcedure {
  /** Folder name in `procedures/`. */
  slug: string;
  /** The variant in force ('Hiện hành', variantStatus 'current'), written to `hien-hanh.bpmn`. */
  current: ProcedureSpec;
  /** Options derived from `current` by the helpers of `derive.ts`, so every shared element id is kept. */
  options: SampleOption[];
}
