/** The parts of saxen (the SAX parser bpmn-moddle uses; it ships no types) the studio calls. */
declare module 'saxen' {
  export type Decode = (text: string) => string;
  export class Parser {
    constructor(options?: { proxy?: boolean });
    /** Namespace prefixes to normalise (proxy mode: `openTag` then gets `{ name, originalName, attrs }`). */
    ns(map?: Record<string, string>): void;
    on(
      event: 'openTag',
      cb: (name: string, attrs: () => Record<string, string>, decode: Decode, selfClosing: boolean) => void,
    ): this;
    on(event: 'closeTag', cb: (name: string, decode: Decode, selfClosing: boolean) => void): this;
    on(event: 'text', cb: (text: string, decode: Decode) => void): this;
    on(event: 'cdata', cb: (text: string) => void): this;
    on(event: 'error' | 'warn', cb: (error: Error) => void): this;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- proxy-mode events carry saxen's own element objects
    on(event: string, cb: (...args: any[]) => void): this;
    parse(xml: string): Error | undefined;
  }
  export function decode(text: string): string;
}
