/**
 * The register-import worker: reading an .xlsx, the dry run and the import of an old Excel
 * register run here, so a 100,000-row file never freezes the page. Called through Comlink
 * (see workers/worker-handle.ts); what it does is register-import-host.ts.
 */
import { expose } from 'comlink';
import { openDb } from '../../db/schema';
import { shareAppErrors } from '../../workers/app-errors';
import { createRegisterImportHost } from './register-import-host';

shareAppErrors();
expose(createRegisterImportHost(openDb));
