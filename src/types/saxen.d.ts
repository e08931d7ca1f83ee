declare module 'saxen' {
  /** saxen's event parser; in proxy mode `openTag` gets `{ name, originalName, attrs }` (see its README). */
  export class Parser {
    constructor(options?: { proxy?: boolean });
    ns(map?: Record<string, string>): void;
    on(event: string, cb: (...args: any[]) => void): void;
    parse(xml: string): void;
  }
}
