/**
 * The search worker: holds the register index, so building it over 100k+ entries and
 * searching it as the user types never freeze the UI. See search-client.ts for the other side.
 */
import { expose } from 'comlink';
import { createSearchHost } from './search-host';

expose(createSearchHost());
