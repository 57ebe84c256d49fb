// One private PostgreSQL server for every archive test file (each file makes its own database in it).
import type { TestProject } from 'vitest/node';
import { startTestPgServer } from '../helpers/pg-server';

export default async function setup(project: TestProject) {
  const server = await startTestPgServer();
  project.provide('pgUrl', server.url);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}
