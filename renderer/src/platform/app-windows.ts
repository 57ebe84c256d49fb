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
/** Each watcher's own channel (a page mounting a new watcher before the old one stops has two for a moment). */
const channels = new Set<BroadcastChannel>();

/** Tells the other windows that the data was replaced under them (they offer to reload). */
export function announceToOtherWindows(what: 'restored' | 'sample-removed'): void {
  const [channel] = channels;
  channel?.postMessage({ type: what, from: me } satisfies Message);
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
        // Granted after this watcher stopped (the abort came between the grant and this call): let it go
        // at once, or no window would ever hold it again and every one would say another is open.
        if (release.signal.aborted) return;
        holdsLock = true;
        update();
        return new Promise<void>((resolve) => release.signal.addEventListener('abort', () => resolve()));
      })
      .catch(() => undefined);
    // Another window holds it only while a request for it waits: once this one is granted (its
    // callback not yet run) the lock shows as held with none waiting, which is not another window.
    // Held by a client that also waits for it is this very page: its older watcher, still letting
    // go while the screen after setup starts this one — not another window either.
    void locks.query().then((s) => {
      const holder = (s.held ?? []).find((l) => l.name === LOCK);
      const waiting = (s.pending ?? []).filter((l) => l.name === LOCK);
      const samePage = holder?.clientId !== undefined && waiting.some((l) => l.clientId === holder.clientId);
      if (!holdsLock && holder && waiting.length > 0 && !samePage) update();
    });
  } else holdsLock = true;
  let channel: BroadcastChannel | undefined;
  const post = (type: Message['type']) => channel?.postMessage({ type, from: me } satisfies Message);
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(CHANNEL);
    channels.add(channel);
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
    if (channel) channels.delete(channel);
    channel?.close();
    channel = undefined;
  };
}
