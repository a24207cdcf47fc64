/** CHANGELOG.md keeps an Unreleased section and a dated section for package.json's version. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

it('CHANGELOG.md has an Unreleased section and one for the version in package.json', () => {
  const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const sections = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)].map((match) => [
    match[1],
    match[2] ?? null,
  ]);
  expect(sections[0]).toEqual(['Unreleased', null]);
  expect(sections.find(([name]) => name === version)?.[1], `a "## [${version}] - yyyy-mm-dd" section`).toMatch(
    /^\d{4}-\d{2}-\d{2}$/,
  );
});
