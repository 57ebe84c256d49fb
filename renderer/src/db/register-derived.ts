/** The indexed fields derived from a register entry on every write (see register-records.ts). */
import { duplicateKey } from '../core/registers/duplicates';
import { effectiveDeadline } from '../core/registers/follow-up';
import type { IncomingInput, OutgoingInput } from '../core/registers/types';
import type { DerivedIncoming, DerivedOutgoing } from './register-records';

type IncomingLike = Pick<IncomingInput, 'number' | 'notation' | 'sender' | 'documentDate' | 'progress' | 'handlingDeadline' | 'dueDate'>;

export function deriveIncoming(d: IncomingLike): DerivedIncoming {
  const deadline = d.progress === 'done' ? undefined : effectiveDeadline(d);
  return { dupKey: duplicateKey({ number: d.number, notation: d.notation, issuer: d.sender, documentDate: d.documentDate }), ...(deadline ? { openDeadline: deadline } : {}) };
}

/** An outgoing entry's issuer is the issuing body of its register. */
export function deriveOutgoing(d: Pick<OutgoingInput, 'number' | 'notation' | 'documentDate'>, issuerName: string): DerivedOutgoing {
  return { dupKey: duplicateKey({ number: d.number, notation: d.notation, issuer: issuerName, documentDate: d.documentDate }) };
}
