/**
 * Several windows or tabs of the app on one PC (a clerk double-clicks the icon twice).
 * Both keep working — numbers are taken inside IndexedDB transactions, edits check the
 * version they started from — but each says clearly that another one is open (a Web
 * Lock held by the first window, a BroadcastChannel hello from later ones). A restore,
 * a removed sample or a schema upgrade in one window tells the others to reload, and a
 * versionchange closes this window's connection so it never blocks the upgrade.
 * Web-standard APIs present in Chromium and in Electron's renderer alike.
 */
import type { Dexie } from 'dexie';

export type WindowNotice = 'elsewhere' | 'alone' | 'reload';
type Message = { readonly type: 'hello' | 'here' | 'bye' | 'restored' | 'sample-removed'; readonly from: string };

const CHANNEL = 'luutru-windows';
const LOCK = 'luutru-window';
const me = Math.random().toString(36).slice(2);
let channel: BroadcastChannel | undefined;

function post(type: Message['type']): void {
  channel?.postMessage({ type, from: me } satisfies Message);
}

/** Tells the other windows that the data was replaced under them (they offer to reload). */
export function announceToOtherWindows(what: 'restored' | 'sample-removed'): void {
  post(what);
}

/** Starts watching; `notify` hears 'elsewhere' / 'alone' / 'reload'. Returns a stop function. */
export function watchWindows(db: Dexie, notify: (n: WindowNotice) => void): () => void {
  const others = new Set<string>();
  let holdsLock = false;
  const update = () => notify(others.size > 0 || !holdsLock ? 'elsewhere' : 'alone');
  const release = new AbortController();
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) {
    // The first window holds the lock for its whole life; a later one waits for it in the background.
    void locks
      .request(LOCK, { signal: release.signal }, () => {
        holdsLock = true;
        update();
        return new Promise<void>((resolve) => release.signal.addEventListener('abort', () => resolve()));
      })
      .catch(() => undefined);
    void locks.query().then((s) => {
      if (!holdsLock && (s.held ?? []).some((l) => l.name === LOCK)) update();
    });
  } else holdsLock = true;
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (!m || m.from === me) return;
      if (m.type === 'hello') {
        others.add(m.from);
        post('here');
      } else if (m.type === 'here') others.add(m.from);
      else if (m.type === 'bye') others.delete(m.from);
      else if (m.type === 'restored' || m.type === 'sample-removed') return notify('reload');
      update();
    };
    post('hello');
  }
  const bye = () => post('bye');
  globalThis.addEventListener?.('pagehide', bye);
  // Another window opening a newer schema: let it upgrade, and ask this one to reload.
  const onVersionChange = () => {
    db.close();
    notify('reload');
    return false;
  };
  db.on('versionchange', onVersionChange);
  return () => {
    release.abort();
    bye();
    globalThis.removeEventListener?.('pagehide', bye);
    db.on('versionchange').unsubscribe(onVersionChange);
    channel?.close();
    channel = undefined;
  };
}
