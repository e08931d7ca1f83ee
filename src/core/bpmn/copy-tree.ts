/**
 * A parsed definitions tree copied into another moddle (an engine's): the copy is what that moddle's own parse
 * of the same XML gives, so a bundle parses once and each engine transforms a tree of its own. Content in a
 * namespace the source moddle did not know (zeebe, camunda) is typed here the way moddle-xml's reader types it.
 * The walk recurses: exports refuse models nested deeper than `MAX_NESTING_DEPTH` before they get here.
 */
import type { BpmnModdle } from 'bpmn-moddle';
import type { ModdleElement } from './moddle-types.ts';

interface Ns {
  name: string;
  prefix: string;
  localName: string;
  uri?: string;
}
interface Property {
  name: string;
  type: string;
  ns: Ns;
  isMany?: boolean;
  isReference?: boolean;
  isAttr?: boolean;
  isVirtual?: boolean;
  xml?: { serialize?: string };
}
interface Descriptor {
  name: string;
  ns: Ns;
  isGeneric?: boolean;
  properties: Property[];
  propertiesByName: Record<string, Property | undefined>;
  bodyProperty?: Property;
  idProperty?: Property;
}
interface Package {
  prefix: string;
  uri: string;
  xml?: { tagAlias?: string };
}
/** The parts of moddle the copy reads beyond the typed `BpmnModdle` surface. */
interface Model {
  create(type: string): ModdleElement;
  createAny(name: string, uri: string | undefined, attrs: Record<string, unknown>): ModdleElement;
  getType(name: string): { hasType(type: string): boolean; $descriptor?: Descriptor };
  getElementDescriptor(type: unknown): Descriptor;
  getPackage(uriOrPrefix: string): Package | undefined;
  getPackages(): Package[];
  config?: { nsMap?: Record<string, string> };
}
/** A generic (untyped) element as moddle-xml builds it: attributes as own properties, children, text. */
type Generic = ModdleElement & { $children?: ModdleElement[]; $body?: string };

/** Copy `root` (parsed by its own moddle) into `target`, as `target`'s parse of the same XML would build it. */
export function copyTree(root: ModdleElement, target: BpmnModdle): ModdleElement {
  const copier = new Copier(root.$model as unknown as Model, target as unknown as Model);
  const copy = copier.typed(root);
  copier.resolve();
  return copy;
}

// helpers //////////////////////

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** moddle's simple types and how its reader turns attribute text into them. */
const SIMPLE: Record<string, (text: string) => unknown> = {
  String: (s) => s,
  Boolean: (s) => s === 'true',
  Integer: (s) => parseInt(s, 10),
  Real: (s) => parseFloat(s),
};
const isElement = (v: unknown): v is ModdleElement => typeof v === 'object' && v !== null && '$descriptor' in v;
const isSimpleType = (type: string) => type in SIMPLE;
const coerceType = (type: string, value: unknown) => (SIMPLE[type] ? SIMPLE[type](String(value)) : value);

function splitName(name: string): { prefix?: string; localName: string } {
  const i = name.indexOf(':');
  return i < 0 ? { localName: name } : { prefix: name.slice(0, i), localName: name.slice(i + 1) };
}

class Copier {
  /** The URIs of the namespaces the target knows and the source did not. */
  private readonly fresh = new Set<string>();
  private readonly sourceNames: Aliases;
  private readonly targetNames: Aliases;
  private readonly copies = new Map<object, ModdleElement>();
  private readonly byId = new Map<string, ModdleElement>();
  private readonly deferred: Array<() => void> = [];

  constructor(
    source: Model,
    private readonly target: Model,
  ) {
    for (const pkg of target.getPackages()) if (!source.getPackage(pkg.uri)) this.fresh.add(pkg.uri);
    this.sourceNames = new Aliases(source);
    this.targetNames = new Aliases(target);
  }

  /** Both readers' prefix choices for the namespaces `src` declares (in document order, before its names). */
  private declare(src: ModdleElement, generic: boolean): void {
    const attrs = generic ? (src as Record<string, unknown>) : src.$attrs;
    for (const [name, uri] of Object.entries(attrs)) {
      if (typeof uri !== 'string' || (name !== 'xmlns' && !name.startsWith('xmlns:'))) continue;
      const alias = name === 'xmlns' ? 'xmlns' : name.slice(6);
      this.sourceNames.declare(alias, uri);
      this.targetNames.declare(alias, uri);
    }
  }

  /** Set the references once every element has its copy: same-tree ones by identity, typed-here ones by id. */
  resolve(): void {
    for (const run of this.deferred) run();
  }

  /** Copy an element the source moddle typed: its properties per descriptor, its unknown attributes. */
  typed(src: ModdleElement): ModdleElement {
    this.declare(src, false);
    const el = this.target.create(src.$type);
    this.copies.set(src, el);
    const descriptor = src.$descriptor as unknown as Descriptor;
    const targetDescriptor = el.$descriptor as unknown as Descriptor;
    this.attributes(el, targetDescriptor, Object.entries(src.$attrs));
    for (const p of descriptor.properties) {
      if (!hasOwn(src, p.name)) continue;
      const value = src[p.name];
      if (value === undefined) continue;
      if (p.isReference) this.deferred.push(() => el.set(p.name, this.mapped(value, p.isMany)));
      else if (p.isMany && Array.isArray(value) && value.every(isElement))
        for (const child of value) this.child(el, targetDescriptor, p, child);
      else if (isElement(value)) this.child(el, targetDescriptor, p, value);
      // simple and enumeration values
      else el.set(p.name, Array.isArray(value) ? [...(value as unknown[])] : value);
    }
    this.register(el, targetDescriptor);
    return el;
  }

  /** A contained child: typed children keep their property, generic ones go where the target reader puts them. */
  private child(parent: ModdleElement, descriptor: Descriptor, p: Property, src: ModdleElement): void {
    const generic = (src.$descriptor as unknown as Descriptor).isGeneric;
    if (!generic) return this.add(parent, p, this.typed(src));
    const uri = this.uriOf(src);
    if (uri && this.fresh.has(uri)) return this.placeGeneric(parent, descriptor, src as Generic);
    this.add(parent, p, this.generic(src as Generic));
  }

  private add(parent: ModdleElement, p: Property, el: ModdleElement): void {
    el.$parent = parent;
    if (p.isMany) (parent.get(p.name) as ModdleElement[]).push(el);
    else parent.set(p.name, el);
  }

  /** Keep a generic element generic (its parent is generic in the target too), names in the target's prefixes. */
  private generic(src: Generic): ModdleElement {
    this.declare(src, true);
    const attrs: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(src)) if (!name.startsWith('$')) attrs[this.attrName(name).name] = value;
    const name = this.elementName(src);
    // as the reader does: the URI bound to the prefix as written (none for a renamed, clashing prefix)
    const prefix = splitName(name).prefix;
    const el = this.target.createAny(name, this.targetNames.boundUri(prefix ?? 'xmlns'), attrs) as Generic;
    if (src.$body !== undefined) el.$body = src.$body;
    if (src.$children) {
      el.$children = src.$children.map((c) => {
        const copy = this.generic(c as Generic);
        copy.$parent = el;
        return copy;
      });
    }
    return el;
  }

  /** Put generic `src` into typed `parent` as moddle-xml's `ElementHandler.getPropertyForNode` would. */
  private placeGeneric(parent: ModdleElement, descriptor: Descriptor, src: Generic): void {
    this.declare(src, true);
    const name = this.elementName(src);
    const { prefix, localName } = splitName(name);
    let p = descriptor.propertiesByName[localName];
    let type: string | undefined;
    if (!p || p.isAttr) {
      p = undefined;
      const pkg = prefix === undefined ? undefined : this.target.getPackage(prefix);
      if (pkg) {
        const typeName =
          pkg.xml?.tagAlias === 'lowerCase'
            ? `${prefix}:${localName.charAt(0).toUpperCase()}${localName.slice(1)}`
            : name;
        let elementType;
        try {
          elementType = this.target.getType(typeName);
        } catch {
          return; // the target's reader drops an element of an unknown type (with a warning)
        }
        p = descriptor.properties.find((q) => !q.isVirtual && !q.isReference && elementType.hasType(q.type));
        if (p) type = this.target.getElementDescriptor(elementType).name;
      } else {
        p = descriptor.properties.find((q) => !q.isReference && q.type === 'Element');
      }
    }
    if (!p) return; // unrecognised here: the reader drops it too
    type ??= p.type;
    if (isSimpleType(type)) {
      const value = coerceType(type, src.$body ?? '');
      if (p.isMany) (parent.get(p.name) as unknown[]).push(value);
      else parent.set(p.name, value);
      return;
    }
    if (p.isReference) {
      const ref = p;
      const id = src.$body ?? '';
      this.deferred.push(() => this.setById(parent, ref, [id]));
      return;
    }
    this.add(parent, p, type === 'Element' ? this.generic(src) : this.typedFromGeneric(src, type));
  }

  /** Type a generic element: attributes as `createElement` reads them, children and text as the reader would. */
  private typedFromGeneric(src: Generic, type: string): ModdleElement {
    const el = this.target.create(type);
    const descriptor = el.$descriptor as unknown as Descriptor;
    const attrs = Object.entries(src).filter(([name]) => !name.startsWith('$'));
    this.attributes(el, descriptor, attrs, true);
    for (const c of src.$children ?? []) this.placeGeneric(el, descriptor, c as Generic);
    const body = descriptor.bodyProperty;
    if (body && src.$body !== undefined) el.set(body.name, coerceType(body.type, src.$body));
    this.register(el, descriptor);
    return el;
  }

  /** Attributes on a typed copy: renamed into the target's prefixes, typed where the target knows them. */
  private attributes(el: ModdleElement, descriptor: Descriptor, attrs: Array<[string, unknown]>, all = false): void {
    for (const [raw, value] of attrs) {
      const { name, fresh } = this.attrName(raw);
      // only names the source could not type are typed here (its typed ones were copied as properties)
      const p = all || fresh ? descriptor.propertiesByName[name] : undefined;
      if (p?.isReference) {
        const ids = p.isMany ? String(value).split(' ') : [String(value)];
        this.deferred.push(() => this.setById(el, p, ids));
      } else if (p) el.set(name, coerceType(p.type, value));
      else if (name === 'xmlns') el.set(':xmlns', value);
      else if (all) el.set(name, value);
      else (el.$attrs as Record<string, unknown>)[name] = value;
    }
  }

  private setById(el: ModdleElement, p: Property, ids: string[]): void {
    const found = ids.map((id) => this.byId.get(id));
    if (p.isMany) {
      const list = el.get(p.name) as ModdleElement[];
      for (const f of found) if (f) list.push(f);
    } else el.set(p.name, found[0]);
  }

  private register(el: ModdleElement, descriptor: Descriptor): void {
    const id = descriptor.idProperty && el.get(descriptor.idProperty.name);
    if (typeof id === 'string' && id && !this.byId.has(id)) this.byId.set(id, el);
  }

  private mapped(value: unknown, many?: boolean): unknown {
    const one = (v: unknown) => {
      const copy = this.copies.get(v as object);
      if (!copy) throw new Error(`copyTree: a reference leaves the tree (${String((v as ModdleElement)?.id)})`);
      return copy;
    };
    return many ? (value as unknown[]).map(one) : one(value);
  }

  /** The namespace URI of a generic source element (its reader may have left it out for a clashing prefix). */
  private uriOf(src: ModdleElement): string | undefined {
    const ns = (src.$descriptor as unknown as Descriptor).ns;
    return ns.uri ?? this.sourceNames.uriOf(ns.prefix);
  }

  /** An element name with its prefix in the target's form (`c:taskDefinition` → `zeebe:taskDefinition`). */
  private elementName(src: ModdleElement): string {
    const uri = this.uriOf(src);
    const prefix = uri ? this.targetNames.prefixOf(uri) : undefined;
    return prefix ? `${prefix}:${(src.$descriptor as unknown as Descriptor).ns.localName}` : src.$type;
  }

  /** An attribute name with its prefix in the target's form (via the URI the source's reader bound it to). */
  private attrName(name: string): { name: string; fresh: boolean } {
    const { prefix, localName } = splitName(name);
    if (prefix === undefined || prefix === 'xmlns') return { name, fresh: false };
    const uri = this.sourceNames.uriOf(prefix);
    const mapped = uri && this.targetNames.prefixOf(uri);
    if (!uri || !mapped) return { name, fresh: false };
    return { name: `${mapped}:${localName}`, fresh: this.fresh.has(uri) };
  }
}

/**
 * The prefixes a moddle-xml reader (saxen) gives namespaces: a package's own, else the document's, else `nsN`
 * when that prefix is taken by another URI or the namespace is a default one. The choice is global to a parse.
 */
class Aliases {
  private readonly prefixes = new Map<string, string>();
  private readonly uris = new Map<string, string>();
  /** Prefix → URI as declared so far (`nsMatrix`), and every alias in use. */
  private readonly bound = new Map<string, string>();
  private readonly used = new Set<string>();
  private anonymous = 0;

  constructor(model: Model) {
    const known: Record<string, string> = {
      ...model.config?.nsMap,
      'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
      'http://www.w3.org/XML/1998/namespace': 'xml',
    };
    for (const pkg of model.getPackages()) known[pkg.uri] = pkg.prefix;
    for (const [uri, prefix] of Object.entries(known)) {
      this.prefixes.set(uri, prefix);
      if (!this.uris.has(prefix)) this.uris.set(prefix, uri);
      this.bound.set(prefix, uri);
      this.used.add(prefix);
    }
  }

  declare(alias: string, uri: string): void {
    let prefix = this.prefixes.get(uri);
    if (!prefix) {
      const taken = this.bound.has(alias) && this.bound.get(alias) !== uri;
      if (alias === 'xmlns' || taken) {
        do prefix = `ns${this.anonymous++}`;
        while (this.used.has(prefix));
      } else prefix = alias;
      this.prefixes.set(uri, prefix);
      if (!this.uris.has(prefix)) this.uris.set(prefix, uri);
    }
    this.used.add(alias);
    this.bound.set(alias, uri);
    if (alias === 'xmlns') this.bound.set(prefix, uri);
  }

  /** The URI the reader's scope binds to `prefix` (`xmlns`: the default namespace). */
  boundUri(prefix: string): string | undefined {
    return this.bound.get(prefix);
  }

  prefixOf(uri: string): string | undefined {
    return this.prefixes.get(uri);
  }

  uriOf(prefix: string): string | undefined {
    return this.uris.get(prefix);
  }
}
