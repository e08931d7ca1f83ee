/**
 * Rename duplicate ids in the file's text, before moddle reads it: moddle drops a whole element (and all it
 * holds) whose id was seen before, so the repair cannot wait until after parsing. The first element keeps
 * its id, later ones get `<id>_2`, `<id>_3`…; every reference is pointed at the element the file meant, by
 * position: the one in the nearest scope (process, sub-process, collaboration) when there is exactly one there
 * or exactly one directly in it, else the n-th reference of its kind goes to the n-th element with that id,
 * in file order.
 * saxen (moddle's own XML reader) gives the tags; offsets are tracked alongside it to edit the text in place.
 */
import { Parser } from 'saxen';

export interface IdRename {
  id: string;
  newId: string;
  element: string;
}
export interface RenameResult {
  xml: string;
  renames: IdRename[];
}
/** Local names of the properties that hold references: as attributes, or as the text of a child element. */
export interface ReferenceNames {
  attributes: Set<string>;
  bodies: Set<string>;
}

const NAMESPACES = {
  'http://www.omg.org/spec/BPMN/20100524/MODEL': 'bpmn',
  'http://www.omg.org/spec/BPMN/20100524/DI': 'bpmndi',
  'http://www.omg.org/spec/DD/20100524/DI': 'di',
  'http://www.omg.org/spec/DD/20100524/DC': 'dc',
};

const MAX_RENAMES = 2000;

interface Tag {
  name: string;
  raw: string;
  offset: number;
  end: number;
  parent: number;
  last: number;
  attrs: Record<string, string>;
  body?: string;
}

interface SaxElement {
  name: string;
  originalName: string;
  attrs: Record<string, string>;
}

/** The reference property names bpmn-moddle knows (from its package descriptors). */
export function referenceNames(moddle: {
  getPackages(): Array<{
    types: Array<{ properties?: Array<{ name: string; isReference?: boolean; isAttr?: boolean }> }>;
  }>;
}): ReferenceNames {
  const names: ReferenceNames = { attributes: new Set(), bodies: new Set() };
  for (const pkg of moddle.getPackages()) {
    for (const type of pkg.types) {
      for (const p of type.properties ?? []) {
        if (p.isReference) (p.isAttr ? names.attributes : names.bodies).add(p.name.replace(/^.*:/, ''));
      }
    }
  }
  return names;
}

/**
 * The file with every BPMN id made unique, and the renames done (none when the text cannot be read). The
 * duplicates are found here, not taken from the parser: it never sees those inside an element it dropped.
 */
export function renameDuplicateIds(xml: string, names: ReferenceNames): RenameResult {
  const tags = readTags(xml);
  if (!tags) return { xml, renames: [] };
  const allIds = new Set(tags.map((t) => t.attrs.id).filter((id): id is string => !!id));
  const seenAt = new Map<string, number[]>();
  tags.forEach((t, i) => {
    const id = t.attrs.id;
    if (!id || !/^(bpmn|bpmndi|di|dc):/.test(t.name)) return;
    const at = seenAt.get(id);
    if (at) at.push(i);
    else seenAt.set(id, [i]);
  });
  const occurrences = new Map([...seenAt].filter(([, at]) => at.length > 1));
  // A hostile file could repeat ids without end; past this many renames it is refused instead.
  if ([...occurrences.values()].reduce((n, at) => n + at.length - 1, 0) > MAX_RENAMES) return { xml, renames: [] };
  const newIds = new Map<number, string>();
  const renames: IdRename[] = [];
  for (const [id, at] of occurrences) {
    at.slice(1).forEach((tagIndex, j) => {
      let n = j + 2;
      while (allIds.has(`${id}_${n}`)) n++;
      const newId = `${id}_${n}`;
      allIds.add(newId);
      newIds.set(tagIndex, newId);
      renames.push({ id, newId, element: tags[tagIndex]!.name.replace(/^.*:/, '') });
    });
  }
  if (!renames.length) return { xml, renames };

  const seen = new Map<string, number>();
  /** The tag index the reference at `from` to `id` means. */
  const resolve = (from: number, id: string, kind: string): number => {
    const at = occurrences.get(id) as number[];
    let candidates = at;
    if (!/^bpmndi:/.test(tags[from]!.name)) {
      for (let a = tags[from]!.parent; a >= 0; a = tags[a]!.parent) {
        const inside = at.filter((o) => o > a && o <= tags[a]!.last);
        if (inside.length === 1) return inside[0]!;
        // Several in this scope: the one directly in it (not in a nested sub-process) is meant.
        const direct = inside.filter((o) => tags[o]!.parent === a);
        if (direct.length === 1) return direct[0]!;
        if (inside.length) {
          candidates = inside;
          break;
        }
      }
    }
    const key = `${kind}|${id}|${candidates.join(',')}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    return candidates[Math.min(k, candidates.length - 1)]!;
  };
  const idOf = (tagIndex: number, id: string): string => newIds.get(tagIndex) ?? id;

  const edits: Array<{ start: number; end: number; text: string }> = [];
  tags.forEach((tag, i) => {
    const changes = new Map<string, string>();
    if (newIds.has(i)) changes.set('id', newIds.get(i) as string);
    for (const [attr, value] of Object.entries(tag.attrs)) {
      if (!names.attributes.has(attr) || attr.includes(':')) continue;
      const tokens = value.split(/\s+/);
      if (!tokens.some((v) => occurrences.has(v))) continue;
      changes.set(
        attr,
        tokens.map((v) => (occurrences.has(v) ? idOf(resolve(i, v, `${tag.name}@${attr}`), v) : v)).join(' '),
      );
    }
    if (changes.size)
      edits.push({ start: tag.offset, end: tag.end, text: rewriteTag(xml.slice(tag.offset, tag.end), changes) });
    const body = tag.body?.trim();
    if (body && occurrences.has(body) && names.bodies.has(tag.name.replace(/^.*:/, ''))) {
      const target = idOf(resolve(i, body, tag.name), body);
      if (target !== body) {
        const close = xml.indexOf('<', tag.end);
        edits.push({ start: tag.end, end: close, text: xml.slice(tag.end, close).replace(body, target) });
      }
    }
  });
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const e of edits) {
    out += xml.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return { xml: out + xml.slice(cursor), renames };
}

// helpers //////////////////////

/** Every start tag with its offsets in the text, parent and last descendant; undefined if the XML is broken. */
function readTags(xml: string): Tag[] | undefined {
  const parser = new Parser({ proxy: true });
  parser.ns(NAMESPACES);
  const tags: Tag[] = [];
  const stack: number[] = [];
  let cursor = 0;
  let broken = false;
  const skip = (open: string, close: string) => {
    const start = xml.indexOf(open, cursor);
    if (start >= 0) cursor = xml.indexOf(close, start + open.length) + close.length;
  };
  const on = parser.on.bind(parser);
  on('openTag', (el: SaxElement, _decode: unknown, selfClosing: boolean) => {
    const offset = findTag(xml, el.originalName, cursor);
    if (offset < 0) {
      broken = true;
      return;
    }
    const end = tagEnd(xml, offset);
    cursor = end;
    const index = tags.length;
    tags.push({
      name: el.name,
      raw: el.originalName,
      offset,
      end,
      parent: stack[stack.length - 1] ?? -1,
      last: index,
      attrs: { ...el.attrs },
    });
    if (!selfClosing) stack.push(index);
  });
  on('closeTag', () => {
    const index = stack.pop();
    if (index !== undefined) tags[index]!.last = tags.length - 1;
  });
  on('text', (text: string) => {
    const top = stack[stack.length - 1];
    if (top !== undefined && top === tags.length - 1) tags[top]!.body = (tags[top]!.body ?? '') + text;
  });
  on('comment', () => skip('<!--', '-->'));
  on('cdata', () => skip('<![CDATA[', ']]>'));
  on('question', () => skip('<?', '?>'));
  on('attention', () => skip('<!', '>'));
  on('error', () => {
    broken = true;
  });
  parser.parse(xml);
  return broken ? undefined : tags;
}

/** Offset of the next `<name` start tag at or after `from`. */
function findTag(xml: string, name: string, from: number): number {
  for (let at = xml.indexOf(`<${name}`, from); at >= 0; at = xml.indexOf(`<${name}`, at + 1)) {
    if (/[\s/>]/.test(xml.charAt(at + name.length + 1))) return at;
  }
  return -1;
}

/** Offset just after the `>` closing the start tag at `offset` (quotes may hold `>`). */
function tagEnd(xml: string, offset: number): number {
  let quote = '';
  for (let i = offset + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return xml.length;
}

/** The start tag with the given unprefixed attributes set to new values. */
function rewriteTag(tag: string, changes: Map<string, string>): string {
  let out = tag;
  for (const [attr, value] of changes) {
    out = out.replace(
      new RegExp(`(\\s${attr}\\s*=\\s*)(["'])[^"']*\\2`),
      (_m, lead: string, q: string) => `${lead}${q}${value}${q}`,
    );
  }
  return out;
}
