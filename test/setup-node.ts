// Node test setup: an in-memory IndexedDB for Dexie, fresh for each test file.
import 'fake-indexeddb/auto';
