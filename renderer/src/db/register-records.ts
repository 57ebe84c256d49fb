/** Stored shapes of register records: the core register types plus RecordMeta. */
import type { Versioned } from '../core/records';

// Placeholder shapes until the registers core lands; replaced by the core types.
export type Register = Versioned<{ unitId: string; kind: string; year: number }>;
export type IssuingBody = Versioned<{ unitId: string; name: string; abbreviation: string }>;
export type IncomingDoc = Versioned<{ registerId: string; arrivalNumber: number }>;
export type OutgoingDoc = Versioned<{ registerId: string; number: number }>;
