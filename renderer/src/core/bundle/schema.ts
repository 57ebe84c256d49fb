/**
 * The bundle payload (gói dữ liệu) as zod schemas: the replicated tables, the record
 * envelope with bounded fields, the origin block, key-rotation announcements and parts.
 * docs/bundle.schema.json is generated from `BundlePayloadSchema` (`luutru bundle schema`).
 */
import { z } from 'zod';
import { UNIT_LEVELS } from '../unit';

/** Tables that travel in bundles, in the order they are written and applied. */
export const REPLICATED_TABLES = [
  'units',
  'fonds',
  'operators',
  'issuingBodies',
  'registers',
  'incomingDocs',
  'outgoingDocs',
  'dossiers',
  'dossierDocs',
  'boxes',
  'processingJobs',
  // The archive's duties (v9): retention schedule, deposit, appraisal and destruction, loans, statistics.
  'retentionSchedules',
  'retentionItems',
  'depositBatches',
  'depositReceipts',
  'appraisals',
  'appraisalItems',
  'loans',
  'loanItems',
  'statReports',
] as const;
export type ReplicatedTable = (typeof REPLICATED_TABLES)[number];

export const BUNDLE_FORMAT = 'luutru-bundle';
/** v2: records only of the signer; other units' data travels as their own signed files (`carried`). */
export const BUNDLE_FORMAT_VERSION = 2;
export const BUNDLE_JWS_TYP = 'luutru-bundle+json';

/** Bounds that keep a hostile file from exhausting memory or the UI. */
export const BUNDLE_LIMITS = {
  /** One file (one part) on disk. Bigger exports are split into parts. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Default part size aimed at by `splitIntoParts`. */
  defaultPartBytes: 16 * 1024 * 1024,
  maxRecordsPerTable: 500_000,
  maxFieldsPerRecord: 80,
  maxDepth: 4,
  maxStringLength: 20_000,
  maxArrayLength: 1_000,
  maxShortText: 500,
  /** Signed files of other units carried inside one bundle (after flattening nested ones). */
  maxCarried: 10_000,
  /** A carried file may itself carry files, this many levels deep. */
  maxCarryDepth: 4,
  maxParts: 999,
  /** Base64url length of one carried file's payload (the outer file's size bounds the total). */
  maxCarriedPayloadChars: 64 * 1024 * 1024,
} as const;

/** Lower-case only (uuid emits lower case), so the JSON Schema pattern, which has no flags, says the same. */
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HLC_RE = /^\d{15}\.\d{6}$/;
const B64URL_RE = /^[A-Za-z0-9_-]+$/;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export const UuidSchema = z.string().max(36).regex(UUID_RE);
export const HlcSchema = z.string().max(22).regex(HLC_RE);
export const IsoTimeSchema = z.string().max(30).regex(ISO_RE);
export const ThumbprintSchema = z.string().min(43).max(43).regex(B64URL_RE);
const shortText = z.string().max(BUNDLE_LIMITS.maxShortText);

/** An Ed25519 public key as JWK: public part only (a `d` member is refused). */
export const PublicJwkSchema = z
  .object({
    kty: z.literal('OKP'),
    crv: z.literal('Ed25519'),
    x: z.string().min(43).max(43).regex(B64URL_RE),
    alg: z.literal('EdDSA').optional(),
    use: z.literal('sig').optional(),
    kid: z.string().max(64).optional(),
  })
  .strict();
export type PublicJwk = z.infer<typeof PublicJwkSchema>;

/** The RecordMeta envelope (records.ts), strictly validated. */
export const RecordMetaShape = {
  id: UuidSchema,
  origin: UuidSchema,
  clock: HlcSchema,
  deleted: z.boolean(),
  deletedReason: shortText.optional(),
  changedBy: z.string().max(200),
};

const primitive = z.union([z.string().max(BUNDLE_LIMITS.maxStringLength), z.number(), z.boolean(), z.null()]);
/** JSON values nested at most `levels` deep, with bounded strings and arrays; no recursion so JSON Schema stays plain. */
function boundedValue(levels: number): z.ZodType {
  if (levels === 0) return primitive;
  const inner = boundedValue(levels - 1);
  return z.union([
    primitive,
    z.array(inner).max(BUNDLE_LIMITS.maxArrayLength),
    z.record(z.string().max(100), inner),
  ]);
}
export const BoundedJsonValueSchema = boundedValue(BUNDLE_LIMITS.maxDepth - 1);

/**
 * Exactly what `boundedValue(levels)` accepts, as one function: the per-table schemas check a
 * record's extra fields with it (a union of unions per field was most of the cost of reading a
 * bundle). Property-tested against `BoundedJsonValueSchema` (test/core/bundle-bounded-json.test.ts).
 */
export function isBoundedJson(v: unknown, levels: number = BUNDLE_LIMITS.maxDepth - 1): boolean {
  switch (typeof v) {
    case 'string':
      return v.length <= BUNDLE_LIMITS.maxStringLength;
    case 'number':
      return Number.isFinite(v);
    case 'boolean':
      return true;
    case 'object': {
      if (v === null) return true;
      if (levels === 0) return false;
      if (Array.isArray(v)) {
        if (v.length > BUNDLE_LIMITS.maxArrayLength) return false;
        for (const x of v) if (!isBoundedJson(x, levels - 1)) return false;
        return true;
      }
      for (const k of Object.keys(v)) if (k.length > 100 || !isBoundedJson((v as Record<string, unknown>)[k], levels - 1)) return false;
      return true;
    }
    default:
      return false;
  }
}

/** The extra fields of a typed record: bounded JSON, checked by `isBoundedJson`. */
const FastBoundedJson = z.custom<unknown>((v) => isBoundedJson(v), { message: 'value too deep, too long or not JSON' });

function fieldCountOk(r: Record<string, unknown>): boolean {
  return Object.keys(r).length <= BUNDLE_LIMITS.maxFieldsPerRecord;
}
const tooMany = { message: 'too many fields' };

/** Default per-table schema: strict meta plus any bounded fields. */
export const DefaultRecordSchema = z.object(RecordMetaShape).catchall(BoundedJsonValueSchema).refine(fieldCountOk, tooMany);

const opt = <T extends z.ZodType>(s: T) => s.optional();
const text200 = z.string().max(200);
const text300 = z.string().max(300);
const text2000 = z.string().max(2000);
/** A calendar date "yyyy-mm-dd". */
const DateSchema = z.string().max(10).regex(/^\d{4}-\d{2}-\d{2}$/);
const RetentionSchema = z.union([z.literal('permanent'), z.number().int().min(1).max(100)]);
const count = (max: number) => z.number().int().min(0).max(max);
const typed = <T extends z.ZodRawShape>(shape: T) => z.object({ ...RecordMetaShape, ...shape }).catchall(FastBoundedJson).refine(fieldCountOk, tooMany);

// Backlog processing fields (core/processing): typed and bounded like the rest.
const DATE = z.string().max(10).regex(/^\d{4}-\d{2}-\d{2}$/);
const PRECISION = z.enum(['year', 'month', 'day']);
const RETENTION = z.union([z.literal('permanent'), z.number().int().min(1).max(100)]);
const METRES = z.number().min(0).max(100_000);
const PROCESSING_DOSSIER_SHAPE = {
  jobId: opt(UuidSchema),
  tempNumber: opt(z.number().int().min(1).max(999_999)),
  classId: opt(UuidSchema),
  position: opt(z.number().int().min(1).max(999_999)),
  startPrecision: opt(PRECISION),
  endPrecision: opt(PRECISION),
  autographs: opt(z.string().max(500)),
  annotation: opt(z.string().max(2000)),
  checked: opt(z.boolean()),
  discardReason: opt(z.enum(['expired', 'duplicate', 'no-value', 'other'])),
  discardBundle: opt(z.number().int().min(1).max(9999)),
  enteredOn: opt(DATE),
  enteredBy: opt(z.string().max(100)),
};
const PROCESSING_BOX_SHAPE = {
  jobId: opt(UuidSchema),
  store: opt(z.string().max(50)),
  rack: opt(z.string().max(50)),
  bay: opt(z.string().max(50)),
  shelf: opt(z.string().max(50)),
};
const PROCESSING_JOB_SHAPE = {
  stage: opt(z.enum(['intake', 'slips', 'check', 'order', 'number', 'box', 'report', 'done'])),
  intakeDate: opt(DATE),
  receivedBundles: opt(z.number().int().min(0).max(99_999)),
  receivedBoxes: opt(z.number().int().min(0).max(99_999)),
  intakeCondition: opt(z.string().max(500)),
  receivedFrom: opt(z.string().max(300)),
  handedOverBy: opt(z.string().max(100)),
  handedOverRole: opt(z.string().max(100)),
  receivedBy: opt(z.string().max(100)),
  receivedByRole: opt(z.string().max(100)),
  scheme: opt(
    z
      .array(z.object({ id: UuidSchema, parentId: opt(UuidSchema), title: z.string().max(200), code: opt(z.string().max(20)), retention: opt(RETENTION) }).strict())
      .max(500),
  ),
  foreword: opt(z.string().max(20_000)),
  keptMetres: opt(METRES),
  discardedByReason: opt(z.object({ expired: opt(METRES), duplicate: opt(METRES), 'no-value': opt(METRES), other: opt(METRES) }).strict()),
  problems: opt(z.string().max(5000)),
  permanentInventory: opt(z.number().int().min(1).max(999)),
  fixedTermInventory: opt(z.number().int().min(1).max(999)),
};

/** Known-field schemas; anything else falls back to `DefaultRecordSchema`. Pluggable via `VerifyOptions.tableSchemas`. */
export const DEFAULT_TABLE_SCHEMAS: Partial<Record<ReplicatedTable, z.ZodType>> = {
  units: z
    .object({
      ...RecordMetaShape,
      level: z.enum(UNIT_LEVELS),
      name: text200,
      shortName: opt(z.string().max(100)),
      adminCode: z.string().max(5).regex(/^\d*$/),
      legacyAdminCode: opt(z.string().max(5).regex(/^\d*$/)),
      agencyId: opt(z.string().max(35)),
      parentName: opt(text200),
    })
    .catchall(FastBoundedJson)
    .refine(fieldCountOk, tooMany),
  fonds: z
    .object({
      ...RecordMetaShape,
      unitId: UuidSchema,
      name: text200,
      number: z.string().max(20),
      status: z.enum(['open', 'closed']),
      startYear: z.number().int().min(1900).max(2200),
      endYear: opt(z.number().int().min(1900).max(2200)),
    })
    .catchall(FastBoundedJson)
    .refine(fieldCountOk, tooMany),
  operators: z
    .object({ ...RecordMetaShape, unitId: UuidSchema, name: z.string().max(100), active: opt(z.boolean()) })
    .catchall(FastBoundedJson)
    .refine(fieldCountOk, tooMany),
  dossiers: z
    .object({
      ...RecordMetaShape,
      unitId: UuidSchema,
      fondsId: UuidSchema,
      year: z.number().int().min(1900).max(2200),
      notation: z.string().max(20),
      title: z.string().max(1000),
      // Đề mục nhỏ of the file plan (absent in bundles made before it).
      subheading: opt(text200),
      retention: z.union([z.literal('permanent'), z.number().int().min(1).max(100)]),
      status: z.enum(['open', 'closed']),
      inventoryNumber: opt(z.number().int().min(1).max(999)),
      fileNumber: opt(z.number().int().min(1).max(99_999)),
      boxId: opt(UuidSchema),
      sheetCount: opt(z.number().int().min(1).max(9999)),
      // Backlog processing (description slips, core/processing).
      ...PROCESSING_DOSSIER_SHAPE,
      // The archive's duties (core/duties): retention item, deposit, destruction, derived dates.
      retentionItemId: opt(UuidSchema),
      retentionBasis: opt(shortText),
      capitalConstruction: opt(z.boolean()),
      settlementDate: opt(DateSchema),
      keptBackApproval: opt(text300),
      keptBackUntil: opt(DateSchema),
      depositBatchId: opt(UuidSchema),
      depositedAt: opt(DateSchema),
      currentBatchId: opt(UuidSchema),
      currentDepositedAt: opt(DateSchema),
      currentRetention: opt(RETENTION),
      depositedRetention: opt(RETENTION),
      appraisalId: opt(UuidSchema),
      destroyedAt: opt(DateSchema),
      destructionDecisionNumber: opt(text300),
      destructionDecisionDate: opt(DateSchema),
      depositFrom: opt(DateSchema),
      expiresYear: opt(z.number().int().min(1900).max(2400)),
    })
    .catchall(FastBoundedJson)
    .refine(fieldCountOk, tooMany),
  boxes: z
    .object({
      ...RecordMetaShape,
      unitId: UuidSchema,
      fondsId: UuidSchema,
      number: z.number().int().min(1).max(99_999),
      inventoryNumber: opt(z.number().int().min(1).max(999)),
      // Backlog processing: the job that filled it and where it stands.
      ...PROCESSING_BOX_SHAPE,
    })
    .catchall(FastBoundedJson)
    .refine(fieldCountOk, tooMany),
  processingJobs: z
    .object({
      ...RecordMetaShape,
      unitId: UuidSchema,
      fondsId: UuidSchema,
      name: text200,
      receivedMetres: z.number().min(0).max(100_000),
      processedMetres: z.number().min(0).max(100_000),
      discardedMetres: z.number().min(0).max(100_000),
      status: z.enum(['open', 'done']),
      // Backlog processing: intake, scheme, stage and report.
      ...PROCESSING_JOB_SHAPE,
    })
    .catchall(FastBoundedJson)
    .refine(fieldCountOk, tooMany),
  // Backlog processing: documents inside a dossier (mục lục văn bản).
  dossierDocs: z
    .object({
      ...RecordMetaShape,
      unitId: UuidSchema,
      fondsId: UuidSchema,
      dossierId: UuidSchema,
      position: z.number().int().min(1).max(999),
      incomingDocId: opt(UuidSchema),
      outgoingDocId: opt(UuidSchema),
      number: z.string().max(50),
      date: opt(DATE),
      datePrecision: opt(PRECISION),
      author: z.string().max(300),
      summary: z.string().max(1000),
      sheetFrom: opt(z.number().int().min(1).max(9999)),
      sheetTo: opt(z.number().int().min(1).max(9999)),
      note: z.string().max(500),
    })
    .catchall(FastBoundedJson)
    .refine(fieldCountOk, tooMany),
  incomingDocs: z
    .object({
      ...RecordMetaShape,
      registerId: opt(UuidSchema),
      arrivalNumber: opt(z.number().int().min(1).max(10_000_000)),
    })
    .catchall(FastBoundedJson)
    .refine(fieldCountOk, tooMany),
  retentionSchedules: typed({ unitId: UuidSchema, name: text200, version: z.string().max(50), validFrom: DateSchema, validTo: opt(DateSchema), basis: shortText, verified: z.boolean(), note: text2000 }),
  retentionItems: typed({ unitId: UuidSchema, scheduleId: UuidSchema, group: text200, code: z.string().max(20), title: z.string().max(1000), retention: RetentionSchema, basis: shortText, order: z.number().int().min(-1_000_000).max(1_000_000) }),
  depositBatches: typed({
    unitId: UuidSchema,
    fondsId: UuidSchema,
    number: z.string().max(50),
    name: shortText,
    date: DateSchema,
    destination: opt(z.enum(['current', 'historical'])),
    dossierCount: count(500_000),
    boxCount: count(500_000),
    metres: z.number().min(0).max(100_000),
    sheetCount: count(100_000_000),
    fromYear: opt(z.number().int().min(1800).max(2200)),
    toYear: opt(z.number().int().min(1800).max(2200)),
  }),
  depositReceipts: typed({ unitId: UuidSchema, batchId: UuidSchema, batchOrigin: UuidSchema, receivedDate: DateSchema, receiverName: z.string().max(100), dossierCount: count(500_000) }),
  appraisals: typed({
    unitId: UuidSchema,
    fondsId: UuidSchema,
    name: text200,
    councilDecision: text300,
    members: z.array(z.object({ name: z.string().max(100), position: z.string().max(100), role: z.string().max(100) }).strict()).max(30),
    meetingDate: opt(DateSchema),
    status: z.enum(['open', 'decided', 'destroyed']),
    decisionNumber: opt(text300),
    decisionDate: opt(DateSchema),
    destroyedOn: opt(DateSchema),
  }),
  appraisalItems: typed({
    unitId: UuidSchema,
    appraisalId: UuidSchema,
    dossierId: UuidSchema,
    decision: z.enum(['destroy', 'keep']),
    reason: shortText,
    newRetention: opt(RetentionSchema),
    keptFrom: opt(z.object({ retention: RetentionSchema, retentionBasis: opt(shortText), retentionItemId: opt(UuidSchema) }).strict()),
  }),
  loans: typed({
    unitId: UuidSchema,
    requesterName: z.string().max(100),
    organisation: text200,
    idDocument: z.string().max(50),
    purpose: z.string().max(1000),
    form: z.enum(['read', 'copy', 'certified-copy']),
    copies: count(100_000),
    approvedBy: z.string().max(100),
    requestDate: DateSchema,
    loanDate: DateSchema,
    dueDate: DateSchema,
    returnedDate: opt(DateSchema),
    openDue: opt(DateSchema),
  }),
  loanItems: typed({ unitId: UuidSchema, loanId: UuidSchema, dossierId: UuidSchema, documents: shortText }),
  statReports: typed({
    unitId: UuidSchema,
    year: z.number().int().min(1945).max(2200),
    forms: z.array(z.object({ key: z.string().max(50), number: z.string().max(50), title: z.string().max(300) }).strict()).max(30),
    values: z.record(z.string().max(50), z.number().min(0).max(1_000_000_000)),
    status: z.enum(['draft', 'final']),
  }),
};

export const UnitLevelSchema = z.enum(UNIT_LEVELS);

/** Who made the bundle (đơn vị gửi). */
export const OriginSchema = z
  .object({
    unitId: UuidSchema,
    adminCode: z.string().max(5).regex(/^\d*$/),
    legacyAdminCode: z.string().max(5).regex(/^\d*$/),
    agencyId: z.string().max(35),
    name: text200,
    level: UnitLevelSchema,
    fonds: z
      .array(z.object({ id: UuidSchema, name: text200, number: z.string().max(20), status: z.enum(['open', 'closed']) }).strict())
      .max(100),
  })
  .strict();
export type BundleOrigin = z.infer<typeof OriginSchema>;

/**
 * Another unit's signed bundle file carried unchanged (a merged commune passing on the fonds
 * of the communes it replaced, an upper level passing on what it received): the receiver
 * verifies it with THAT unit's key, so a carrier can pass records on but never change them.
 */
export const CarriedFileSchema = z
  .object({
    protected: z.string().min(1).max(1_000).regex(B64URL_RE),
    payload: z.string().min(1).max(BUNDLE_LIMITS.maxCarriedPayloadChars).regex(B64URL_RE),
    signature: z.string().length(86).regex(B64URL_RE),
  })
  .strict();
export type CarriedFile = z.infer<typeof CarriedFileSchema>;

/** Thông báo đổi khóa: announced inside a bundle signed by the OLD key. */
export const KeyRotationSchema = z
  .object({
    kind: z.literal('key-rotation'),
    unitId: UuidSchema,
    previousKid: ThumbprintSchema,
    newKey: PublicJwkSchema,
    newKid: ThumbprintSchema,
    effectiveAt: IsoTimeSchema,
    reason: opt(shortText),
  })
  .strict();
export type KeyRotation = z.infer<typeof KeyRotationSchema>;

/**
 * Thông báo mất khóa: a unit restored from a backup lost its private key (it is never in a
 * backup), made a new one and says so in a bundle signed by the NEW key. The receiver takes
 * it only after a person compares the new fingerprint with a paper record.
 */
export const KeyRecoverySchema = z
  .object({
    kind: z.literal('key-recovery'),
    unitId: UuidSchema,
    newKid: ThumbprintSchema,
    /** The lost key: the one the restored backup was signed with (the unit's key when the backup was made). */
    previousKid: ThumbprintSchema.optional(),
    backupCreatedAt: IsoTimeSchema,
    /** The last bundle sequence the backup knew of: bundles sent after it may overlap. */
    resumedAfterSequence: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    reason: opt(shortText),
  })
  .strict();
export type KeyRecovery = z.infer<typeof KeyRecoverySchema>;

export const RangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('full') }).strict(),
  z.object({ kind: z.literal('since'), sinceSequence: z.number().int().min(1) }).strict(),
]);
export type BundleRange = z.infer<typeof RangeSchema>;

export const PartSchema = z
  .object({
    index: z.number().int().min(1).max(BUNDLE_LIMITS.maxParts),
    total: z.number().int().min(1).max(BUNDLE_LIMITS.maxParts),
    setId: UuidSchema,
  })
  .strict()
  .refine((p) => p.index <= p.total, { message: 'part index beyond total' });
export type BundlePart = z.infer<typeof PartSchema>;

const countsShape = Object.fromEntries(
  REPLICATED_TABLES.map((t) => [t, z.number().int().min(0).max(BUNDLE_LIMITS.maxRecordsPerTable).optional()]),
) as Record<ReplicatedTable, z.ZodOptional<z.ZodNumber>>;
const recordsShape = Object.fromEntries(
  REPLICATED_TABLES.map((t) => [t, z.array(DefaultRecordSchema).max(BUNDLE_LIMITS.maxRecordsPerTable).optional()]),
) as Record<ReplicatedTable, z.ZodOptional<z.ZodArray<typeof DefaultRecordSchema>>>;

export const BundlePayloadSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    origin: OriginSchema,
    signerKey: PublicJwkSchema,
    sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    range: RangeSchema,
    createdAt: IsoTimeSchema,
    counts: z.object(countsShape).strict(),
    records: z.object(recordsShape).strict(),
    carried: z.array(CarriedFileSchema).max(BUNDLE_LIMITS.maxCarried).optional(),
    keyRotation: KeyRotationSchema.optional(),
    keyRecovery: KeyRecoverySchema.optional(),
    part: PartSchema.optional(),
  })
  .strict();

/**
 * The payload as `verifyBundle` reads it: the same envelope, with each record only required to
 * be an object here — every record is then checked once, against its table's schema (or
 * `DefaultRecordSchema`), in `checkRecords`, instead of twice.
 */
const recordObject = z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { message: 'a record must be an object' });
export const BundlePayloadEnvelopeSchema = BundlePayloadSchema.extend({
  records: z
    .object(Object.fromEntries(REPLICATED_TABLES.map((t) => [t, z.array(recordObject).max(BUNDLE_LIMITS.maxRecordsPerTable).optional()])) as Record<ReplicatedTable, z.ZodOptional<z.ZodArray<typeof recordObject>>>)
    .strict(),
});

/** A replicated record as it travels: RecordMeta plus table fields. */
export type BundleRecord = z.infer<typeof DefaultRecordSchema>;
export type BundleRecords = Partial<Record<ReplicatedTable, readonly BundleRecord[]>>;
export type BundleCounts = Partial<Record<ReplicatedTable, number>>;

export type BundlePayload = {
  readonly format: typeof BUNDLE_FORMAT;
  readonly formatVersion: typeof BUNDLE_FORMAT_VERSION;
  readonly origin: BundleOrigin;
  readonly signerKey: PublicJwk;
  readonly sequence: number;
  readonly range: BundleRange;
  readonly createdAt: string;
  readonly counts: BundleCounts;
  readonly records: BundleRecords;
  readonly carried?: readonly CarriedFile[];
  readonly keyRotation?: KeyRotation;
  readonly keyRecovery?: KeyRecovery;
  readonly part?: BundlePart;
};

export function isReplicatedTable(value: string): value is ReplicatedTable {
  return (REPLICATED_TABLES as readonly string[]).includes(value);
}
