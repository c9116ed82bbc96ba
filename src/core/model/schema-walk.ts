// Reading a zod schema's own definition to answer questions about a path in it: whether a field
// may be left out (the directory keeps a record without a bad optional field), which keys an object
// takes ("did you mean" for a misspelt one). zod 4's `_zod.def`.

/** The parts of zod's internal definition read here. */
export interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      innerType?: SchemaNode;
      options?: SchemaNode[];
      valueType?: SchemaNode;
      in?: SchemaNode;
    };
    optin?: string;
  };
}

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'readonly', 'catch', 'prefault', 'nonoptional']);

/** The schema inside optional, default and similar wrappers (and a pipe's input). */
export function unwrap(schema: SchemaNode): SchemaNode {
  let s = schema;
  for (;;) {
    const def = s._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

/** The schema of the value at `path`: object keys, list items, record values, any option of a union. */
export function schemaAt(schema: unknown, path: readonly PropertyKey[]): SchemaNode | undefined {
  let node = schema as SchemaNode | undefined;
  for (let i = 0; i < path.length && node; i++) {
    const s = unwrap(node);
    const def = s._zod.def;
    const key = path[i]!;
    if (def.type === 'union' && def.options) {
      return def.options.map((option) => schemaAt(option, path.slice(i))).find((found) => found !== undefined);
    }
    if (def.type === 'object') node = typeof key === 'string' ? def.shape?.[key] : undefined;
    else if (def.type === 'array') node = typeof key === 'number' ? def.element : undefined;
    else if (def.type === 'record') node = def.valueType;
    else node = undefined;
  }
  return node;
}

/** Whether the field at `path` must be there for its parent to be valid (`cost.free`). */
export function isRequiredAt(schema: unknown, path: readonly PropertyKey[]): boolean {
  const node = schemaAt(schema, path);
  return node !== undefined && node._zod.optin === undefined;
}

/** The keys the object at `path` takes (any option's, for a union); none when there is no object there. */
export function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  const node = schemaAt(schema, path);
  return node ? [...new Set(keysOf(node))] : [];
}

function keysOf(node: SchemaNode): string[] {
  const def = unwrap(node)._zod.def;
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'union') return (def.options ?? []).flatMap(keysOf);
  return [];
}
