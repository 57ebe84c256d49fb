#!/usr/bin/env node
// Runs the built `luutru` CLI (dist-cli/luutru.mjs). Build it first: npm run build:cli
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist-cli/luutru.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('luutru: the CLI is not built yet. Run "npm run build:cli" in the project folder, then try again.\n');
  process.exit(1);
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2));
