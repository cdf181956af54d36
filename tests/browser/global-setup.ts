import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium.ts';
import { type LocalServer, startLocalServer } from './local-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: LocalServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  assertChromium();
  server = await startLocalServer();
  project.provide('baseURL', server.url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
