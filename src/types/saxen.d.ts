/** The parts of saxen (the SAX parser bpmn-moddle uses; it ships no types) the table readers call. */
declare module 'saxen' {
  export type Decode = (text: string) => string;
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(
      event: 'openTag',
      cb: (name: string, attrs: () => Record<string, string>, decode: Decode, selfClosing: boolean) => void,
    ): this;
    on(event: 'closeTag', cb: (name: string, decode: Decode, selfClosing: boolean) => void): this;
    on(event: 'text', cb: (text: string, decode: Decode) => void): this;
    on(event: 'cdata', cb: (text: string) => void): this;
    on(event: 'error' | 'warn', cb: (error: Error) => void): this;
    parse(xml: string): Error | undefined;
  }
  export function decode(text: string): string;
}
