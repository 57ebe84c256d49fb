/** Stored shapes of register records: the core register types (which already carry RecordMeta). */
export type { Register, IssuingBody, IncomingDoc, OutgoingDoc } from '../core/registers/types';
