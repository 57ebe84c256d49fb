// The architecture boundary holds at any depth: a file in core/ or in a subfolder of core/ may not
// import the database, screens, PDF, platform, stores, components, i18n, workers or search layers,
// nor React, Dexie, pdfmake or Electron (eslint.config.js).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('core/ and archive/ lint boundaries', () => {
  const cases: Array<[string, string, string, boolean]> = [
    ['core file → db', 'renderer/src/core/probe.ts', "import { openDb } from '../db/schema';\nexport const x = openDb;\n", true],
    ['core subfolder → db', 'renderer/src/core/bundle/probe.ts', "import { openDb } from '../../db/schema';\nexport const x = openDb;\n", true],
    ['deeper subfolder → features', 'renderer/src/core/a/b/probe.ts', "import { ExchangePage } from '../../../features/exchange/ExchangePage';\nexport const x = ExchangePage;\n", true],
    ['core subfolder → pdf', 'renderer/src/core/dossiers/probe.ts', "import { renderPdf } from '../../pdf/render';\nexport const x = renderPdf;\n", true],
    ['core subfolder → dexie', 'renderer/src/core/registers/probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n", true],
    ['core → core sibling is fine', 'renderer/src/core/bundle/probe.ts', "import { AppError } from '../errors';\nexport const x = AppError;\n", false],
    ['db may import core', 'renderer/src/db/probe.ts', "import { AppError } from '../core/errors';\nexport const x = AppError;\n", false],
    ['screen → archive server code', 'renderer/src/features/upper-level/probe.ts', "import { archiveSearch } from '../../archive/reads';\nexport const x = archiveSearch;\n", true],
    ['seam → archive server code', 'renderer/src/upper-api/probe.ts', "import { openArchiveDb } from '../archive/sql';\nexport const x = openArchiveDb;\n", true],
    ['browser code → pg', 'renderer/src/db/probe.ts', "import pg from 'pg';\nexport const x = pg;\n", true],
    ['core → archive', 'renderer/src/core/probe.ts', "import { migrate } from '../archive/migrations';\nexport const x = migrate;\n", true],
    ['db/exchange may import its archive.ts', 'renderer/src/db/exchange/probe.ts', "import { archivedFile } from './archive';\nexport const x = archivedFile;\n", false],
    ['the CLI bundles the archive', 'renderer/src/cli/probe.ts', "import { archiveMain } from '../archive/cli';\nexport const x = archiveMain;\n", false],
  ];
  for (const [name, file, source, expected] of cases) {
    it(name, async () => {
      expect(await restricted(file, source)).toBe(expected);
    });
  }
});
