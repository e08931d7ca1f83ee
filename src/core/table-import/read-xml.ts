/**
 * Walks the XML parts of DOCX and XLSX files with saxen, the SAX parser bpmn-moddle already brings (no DOM, no
 * Node). Text and attribute values arrive with entities decoded; malformed XML throws (the caller reports it).
 */
import { Parser, decode } from 'saxen';

export interface XmlHandlers {
  /** A start tag (`selfClosing`: `<x/>`, which gets no `close`); `attrs` reads its attributes on demand. */
  open?(name: string, attrs: () => Record<string, string>, selfClosing: boolean): void;
  /** An end tag `</x>`. */
  close?(name: string): void;
  /** A text run or CDATA section inside the root element. */
  text?(text: string): void;
}

/** Feed `xml` to `handlers` in document order; an empty part is an empty document. */
export function walkXml(xml: string, handlers: XmlHandlers): void {
  if (!xml.trim()) return;
  const parser = new Parser();
  const { open, close, text } = handlers;
  if (open)
    parser.on('openTag', (name, attrs, _decode, selfClosing) => open(name, () => decodedAttrs(attrs()), selfClosing));
  if (close)
    parser.on('closeTag', (name, _decode, selfClosing) => {
      if (!selfClosing) close(name);
    });
  if (text) {
    parser.on('text', (raw, decodeText) => text(decodeText(raw)));
    parser.on('cdata', (raw) => text(raw));
  }
  parser.on('error', (error) => {
    throw error;
  });
  parser.parse(xml);
}

/** The local name of a possibly prefixed element or attribute name (`x:sheet` → `sheet`). */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function decodedAttrs(raw: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) out[key] = decode(value);
  return out;
}
