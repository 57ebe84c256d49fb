// Compiles the Electron shell (main + preload, CommonJS for the sandboxed preload) into dist-electron/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

execFileSync('npx', ['tsc', '-p', 'electron/tsconfig.json'], { stdio: 'inherit' });
mkdirSync('dist-electron', { recursive: true });
// The package is "type": "module"; the shell's compiled files are CommonJS.
writeFileSync('dist-electron/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');
