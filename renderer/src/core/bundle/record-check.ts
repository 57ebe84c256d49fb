/**
 * The per-record check of a bundle, fast: a province import checks a million records, and zod
 * spent about 10 µs on each (its object walk, and a call per field). Every table schema in
 * schema.ts is the record envelope plus the table's fields, any other field bounded JSON, and at
 * most `maxFieldsPerRecord` fields; this checks exactly that with plain functions made once per
 * table from the schema itself — each field's rule read from its JSON Schema (strings with length
 * and pattern, numbers and integers with bounds, booleans, enums, constants, and unions of them);
 * a field of any other kind (arrays, nested objects) is checked by its own zod schema. A record
 * this refuses is checked again by zod, which says where it is wrong (verify.ts), so messages do
 * not change. Property-tested against the zod schemas (test/core/bundle-record-check.test.ts).
 */
import { z } from 'zod';
import { BUNDLE_LIMITS, DEFAULT_TABLE_SCHEMAS, DefaultRecordSchema, isBoundedJson, type ReplicatedTable } from './schema';

type Check = (v: unknown) => boolean;

type JsonSchema = {
  readonly type?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly JsonSchema[];
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
};

const KNOWN_KEYS = new Set(['$schema', 'type', 'const', 'enum', 'anyOf', 'maxLength', 'minLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

/** A value's rule as a function, or undefined when the rule is of a kind compiled nowhere here. */
function compileRule(s: JsonSchema): Check | undefined {
  if (Object.keys(s).some((k) => !KNOWN_KEYS.has(k))) return undefined;
  if (s.anyOf) {
    if (s.type !== undefined || s.const !== undefined || s.enum) return undefined;
    const parts = s.anyOf.map(compileRule);
    if (parts.some((p) => !p)) return undefined;
    const all = parts as Check[];
    return (v) => all.some((p) => p(v));
  }
  if (s.const !== undefined) {
    const c = s.const;
    return (v) => v === c;
  }
  if (s.enum) {
    const values = new Set(s.enum);
    return (v) => values.has(v);
  }
  switch (s.type) {
    case 'string': {
      const max = s.maxLength ?? Infinity;
      const min = s.minLength ?? 0;
      const re = s.pattern !== undefined ? new RegExp(s.pattern) : undefined;
      return (v) => typeof v === 'string' && v.length <= max && v.length >= min && (!re || re.test(v));
    }
    case 'integer':
    case 'number': {
      const int = s.type === 'integer';
      const lo = s.minimum ?? -Infinity;
      const hi = s.maximum ?? Infinity;
      const xlo = s.exclusiveMinimum ?? -Infinity;
      const xhi = s.exclusiveMaximum ?? Infinity;
      return (v) => typeof v === 'number' && Number.isFinite(v) && (!int || Number.isSafeInteger(v)) && v >= lo && v <= hi && v > xlo && v < xhi;
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'null':
      return (v) => v === null;
    default:
      return undefined;
  }
}

function fieldCheck(schema: z.ZodType): { readonly check: Check; readonly optional: boolean } {
  const optional = schema.safeParse(undefined).success;
  let rule: JsonSchema | undefined;
  try {
    rule = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as JsonSchema;
  } catch {
    rule = undefined;
  }
  const compiled = rule && compileRule(rule);
  return { check: compiled ?? ((v) => schema.safeParse(v).success), optional };
}

export type RecordCheck = (record: unknown) => boolean;

/**
 * The fast check of a table schema built as in schema.ts (`z.object(envelope + fields)` whose
 * other fields are bounded JSON, with the field-count bound): true exactly when the schema
 * accepts the record.
 */
export function compileRecordCheck(schema: z.ZodObject): RecordCheck {
  const fields = Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, s]) => ({ name, ...fieldCheck(s) }));
  const named = new Set(fields.map((f) => f.name));
  const maxFields = BUNDLE_LIMITS.maxFieldsPerRecord;
  return (r) => {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) return false;
    const rec = r as Record<string, unknown>;
    for (const f of fields) {
      const v = rec[f.name];
      if (v === undefined ? !f.optional : !f.check(v)) return false;
    }
    const keys = Object.keys(rec);
    if (keys.length > maxFields) return false;
    for (const k of keys) if (!named.has(k) && !isBoundedJson(rec[k])) return false;
    return true;
  };
}

const compiled = new Map<ReplicatedTable, RecordCheck>();

/** The fast check of a table's default schema (`DEFAULT_TABLE_SCHEMAS`, else `DefaultRecordSchema`), made on first use. */
export function recordCheckOf(table: ReplicatedTable): RecordCheck {
  let check = compiled.get(table);
  if (!check) compiled.set(table, (check = compileRecordCheck((DEFAULT_TABLE_SCHEMAS[table] ?? DefaultRecordSchema) as unknown as z.ZodObject)));
  return check;
}
