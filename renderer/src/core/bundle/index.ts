/**
 * Signed bundles (gói dữ liệu ký số) carried on USB from a commune to the upper level:
 * keys and fingerprints, the payload format, signing, staged import (parse → verify →
 * selection) and the one import plan. Pure: no Dexie, React or Electron here.
 */
export * from './schema';
export * from './keys';
export * from './rotation';
export * from './sign';
export * from './parse';
export * from './strict-json';
export * from './verify';
export * from './selection';
export * from './parts';
export * from './merge';
export * from './import-plan';
export * from './memory-state';
export * from './identity';
export { canonicalJson, contentHash, sha256Hex } from './canonical';
export { FINGERPRINT_WORDS } from './fingerprint-words';
export * from './diff';
export * from './overview';
