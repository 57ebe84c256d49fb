/**
 * The index worker: builds, keeps and asks the persisted list and search indexes of the
 * register screens, reading the app database itself, so no list of a register ever passes
 * through the UI thread. See index-client.ts for the other side.
 */
import { expose } from 'comlink';
import { openIndexSources } from '../../db/repositories/index-sources';
import { createIndexHost } from './index-host';

expose(createIndexHost(openIndexSources()));
