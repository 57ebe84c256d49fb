// Node test setup: an in-memory IndexedDB for Dexie, fresh for each test file — also when the
// files of a worker share their modules (vitest `isolate: false`, vitest.config.ts): this file
// runs before each test file, and Dexie keeps the factory it was loaded with, so both are set.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import Dexie from 'dexie';

const fresh = new IDBFactory();
globalThis.indexedDB = fresh;
Dexie.dependencies.indexedDB = fresh;
