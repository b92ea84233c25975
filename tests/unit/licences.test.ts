// The README's licence table names every runtime dependency with the licence its package declares.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const readme = readFileSync('README.md', 'utf8');
const table = readme.slice(readme.indexOf('## Licences of what the app ships'));
const rows = table
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| package') && !line.startsWith('| ---'))
  .map((line) => line.split('|').map((cell) => cell.trim()));

function declaredLicence(name: string): string {
  const manifest = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as {
    license?: string;
  };
  return manifest.license ?? 'unknown';
}

describe('licences in the README', () => {
  it('has its table', () => expect(rows.length).toBeGreaterThan(5));
  it.each(Object.keys(pkg.dependencies))('names %s with its licence', (name) => {
    const row = rows.find((cells) =>
      cells[1]!
        .split(',')
        .map((n) => n.trim())
        .includes(name),
    );
    expect(row, `${name} has no row in the README's licence table`).toBeDefined();
    expect(row![2]).toBe(declaredLicence(name));
  });
});
