/**
 * Hybrid logical clock (HLC). Every replicated record carries the clock value of its
 * last change, so that versions made on different PCs can be ordered without a
 * shared wall clock. Values are fixed-width strings: comparing them as strings
 * compares (physical ms, counter), which keeps Dexie indexes and merges simple.
 */

export type HlcState = { readonly wallMs: number; readonly counter: number };

const MS_WIDTH = 15;
const COUNTER_WIDTH = 6;

/** Encodes a clock as `000001732512345678.000001`: sortable as a plain string. */
export function encodeHlc(state: HlcState): string {
  return `${String(state.wallMs).padStart(MS_WIDTH, '0')}.${String(state.counter).padStart(COUNTER_WIDTH, '0')}`;
}

const HLC_PATTERN = /^(\d{15})\.(\d{6})$/;

export function isHlc(value: unknown): value is string {
  return typeof value === 'string' && HLC_PATTERN.test(value);
}

export function decodeHlc(value: string): HlcState {
  const m = HLC_PATTERN.exec(value);
  if (!m) throw new Error(`invalid HLC value: ${value}`);
  return { wallMs: Number(m[1]), counter: Number(m[2]) };
}

export const ZERO_HLC = encodeHlc({ wallMs: 0, counter: 0 });

/**
 * Next clock for a local change: never goes backwards even if the PC's clock does,
 * and is always after every clock this unit has seen (local or received).
 */
export function tickHlc(last: HlcState, nowMs: number): HlcState {
  if (nowMs > last.wallMs) return { wallMs: nowMs, counter: 0 };
  return { wallMs: last.wallMs, counter: last.counter + 1 };
}

/** Folds a clock received from another unit into ours, so our next tick is later than it. */
export function receiveHlc(last: HlcState, received: HlcState, nowMs: number): HlcState {
  const wallMs = Math.max(last.wallMs, received.wallMs, nowMs);
  if (wallMs === last.wallMs && wallMs === received.wallMs) {
    return { wallMs, counter: Math.max(last.counter, received.counter) + 1 };
  }
  if (wallMs === last.wallMs) return { wallMs, counter: last.counter + 1 };
  if (wallMs === received.wallMs) return { wallMs, counter: received.counter + 1 };
  return { wallMs, counter: 0 };
}

/** A stateful clock for one unit; persistence of `last` is the caller's job. */
export class HybridClock {
  private last: HlcState;
  constructor(
    start: string = ZERO_HLC,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.last = decodeHlc(start);
  }
  tick(): string {
    this.last = tickHlc(this.last, this.now());
    return encodeHlc(this.last);
  }
  receive(value: string): void {
    this.last = receiveHlc(this.last, decodeHlc(value), this.now());
  }
  peek(): string {
    return encodeHlc(this.last);
  }
}
