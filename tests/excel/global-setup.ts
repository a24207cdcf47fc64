// vitest globalSetup: one production build of the add-in before the test files run
// (test-artifacts/addin-dist, see addin-build.ts). Test files also call ensureAddinBuild(), so they
// work without this setup too; with it, the build happens once, up front.
import { ensureAddinBuild } from './addin-build';

export default async function setup(): Promise<void> {
  await ensureAddinBuild();
}
