/** A key's warnings as sentences show them (its card's full ones, the key list's short ones). */
import type { IdentityWarning } from '../../core/bundle/identity';
import { fingerprintOf } from '../../core/bundle/keys';
import { formatDateTime } from '../../core/format';

/** A warning's values as its sentence shows them: times in this PC's time, a key by its first words. */
export function warningParams(w: IdentityWarning): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(w)) {
    if (typeof v !== 'string') continue;
    out[k] = k.endsWith('At') ? formatDateTime(v) : k.endsWith('Kid') ? fingerprintOf(v).words.slice(0, 3).join(' · ') : v;
  }
  return out;
}
