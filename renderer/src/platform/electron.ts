/**
 * The Electron host: a thin adapter over the one frozen object the preload exposes
 * (`window.luutruPlatform`). The preload already implements PlatformApi; this module
 * only finds it, so the rest of the renderer never touches host globals.
 */
import type { PlatformApi } from './types';

export function electronPlatform(): PlatformApi | undefined {
  const candidate = (globalThis as { luutruPlatform?: PlatformApi }).luutruPlatform;
  return candidate && candidate.host === 'electron' ? candidate : undefined;
}
