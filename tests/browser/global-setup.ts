import type { TestProject } from 'vitest/node';
import { assertChromium } from './chromium.ts';
import { type LocalServer, startLocalServer } from './local-server.ts';
import { seedTestClinics } from './test-clinics.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** Reads the demo clinic's usage counts (GET /v1/clinics/riverside-physio/stats). */
    demoStatsToken: string;
  }
}

let server: LocalServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  assertChromium();
  server = await startLocalServer({ seed: seedTestClinics });
  project.provide('baseURL', server.url);
  project.provide('demoStatsToken', server.demoStatsToken);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
