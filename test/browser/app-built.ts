/**
 * E2E setup file: waits until the run's one build of the app is done (test/browser/global-setup.ts
 * builds it in the background while the Node files run), or fails the file with the build's error.
 */
import { connect } from 'node:net';
import { inject } from 'vitest';

const answer = await new Promise<string>((ok, fail) => {
  let text = '';
  const gate = connect(inject('e2eBuildPort'), '127.0.0.1');
  gate.setEncoding('utf8');
  gate.on('data', (chunk: string) => (text += chunk));
  gate.on('end', () => ok(text.trim()));
  gate.on('error', fail);
});
if (answer !== 'go') throw new Error(answer || 'the e2e build gate closed without an answer');
