/**
 * The search worker: holds the register index, so building it over 100k+ entries and
 * searching it as the user types never freeze the UI. See search-client.ts for the other side.
 */
import { createSearchHost } from './search-host';
import type { SearchRequest } from './protocol';

const host = createSearchHost();

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  (self as unknown as Worker).postMessage(host.handle(event.data));
};
