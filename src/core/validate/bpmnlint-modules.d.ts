/** Types of the bpmnlint modules the validator imports statically (bpmnlint ships CommonJS without these paths typed). */
declare module 'bpmnlint/lib/linter.js' {
  interface LintReport {
    id?: string;
    message: string;
    category: string;
  }
  class Linter {
    constructor(options: { config: unknown; resolver: unknown });
    lint(definitions: unknown): Promise<Record<string, LintReport[]>>;
  }
  export default Linter;
}
declare module 'bpmnlint/lib/traverse.js' {
  export default function traverse(
    element: unknown,
    options: { enter?: (node: unknown) => void; leave?: (node: unknown) => void },
  ): void;
}
declare module 'bpmnlint/config/recommended.js' {
  const config: { rules: Record<string, string> };
  export default config;
}
declare module 'bpmnlint/rules/*' {
  const rule: unknown;
  export default rule;
}
