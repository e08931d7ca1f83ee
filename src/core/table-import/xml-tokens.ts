/** A tiny XML tokenizer for the parts of DOCX and XLSX files the table readers need (no DOM, no Node). */

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const TAG = /<(!--[\s\S]*?--|!\[CDATA\[([\s\S]*?)\]\]|[?!][^>]*|\/?[^>]+)>/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Decode the five XML entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e] ?? '';
  });
}

/** Every start tag, end tag and text run of `xml`, in document order. */
export function tokenizeXml(xml: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  let last = 0;
  for (const m of xml.matchAll(TAG)) {
    const at = m.index ?? 0;
    if (at > last) tokens.push({ kind: 'text', text: decodeEntities(xml.slice(last, at)) });
    last = at + m[0].length;
    const body = m[1] as string;
    if (m[2] !== undefined) { tokens.push({ kind: 'text', text: m[2] }); continue; }
    if (body[0] === '!' || body[0] === '?') continue;
    if (body[0] === '/') { tokens.push({ kind: 'close', name: body.slice(1).trim() }); continue; }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const name = (/^[^\s/]+/.exec(inner) ?? [''])[0];
    const attrs: Record<string, string> = {};
    for (const a of inner.slice(name.length).matchAll(ATTR)) attrs[a[1] as string] = decodeEntities(a[2] ?? a[3] ?? '');
    tokens.push({ kind: 'open', name, attrs, selfClosing });
  }
  if (last < xml.length) tokens.push({ kind: 'text', text: decodeEntities(xml.slice(last)) });
  return tokens;
}
