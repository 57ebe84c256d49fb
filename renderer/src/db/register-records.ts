/**
 * Stored shapes of register records: the core register types (which carry RecordMeta) plus
 * two fields derived on every write so the database can index them:
 * - `dupKey`: the Phụ lục VI duplicate key (số, ký hiệu, cơ quan ban hành), '' when there is none;
 * - `openDeadline`: the deadline of an incoming document still being handled (absent when done
 *   or without a deadline), so the home screen asks the index for overdue items instead of a scan.
 */
import type * as core from '../core/registers/types';

export type { Register, IssuingBody } from '../core/registers/types';

export type DerivedIncoming = { readonly dupKey: string; readonly openDeadline?: string };
export type DerivedOutgoing = { readonly dupKey: string };

export type IncomingDoc = core.IncomingDoc & DerivedIncoming;
export type OutgoingDoc = core.OutgoingDoc & DerivedOutgoing;
