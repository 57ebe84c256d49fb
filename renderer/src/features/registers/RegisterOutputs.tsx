/** Printing and exporting a register: the bound book (PDF), ĐẾN stamp slips, Excel in and out. */
import type { IncomingDoc, IssuingBody, OutgoingDoc, Register } from '../../db/register-records';

export function RegisterOutputs(_props: { register: Register; body: IssuingBody | undefined; rows: readonly (IncomingDoc | OutgoingDoc)[]; shown: readonly (IncomingDoc | OutgoingDoc)[] }) {
  return null;
}
