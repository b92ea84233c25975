import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryRef, memberRef, skillRef } from '../domain/entities';
import { nodeId, nodeIdOf, parseNodeId } from './nodeIds';

describe('parseNodeId', () => {
  it('round-trips keys containing ":" and "|"', () => {
    for (const key of ['i:42', 'n:a|b:c', '', 'n:__proto__']) {
      expect(parseNodeId(nodeId.member(key))).toEqual({ kind: 'member', key });
      expect(parseNodeId(nodeId.skill(key))).toEqual({ kind: 'skill', key });
      expect(parseNodeId(nodeId.category(key))).toEqual({ kind: 'category', key });
      expect(parseNodeId(nodeId.department(key))).toEqual({ kind: 'department', key });
    }
  });

  it('rejects ids that are no node id', () => {
    expect(parseNodeId('e:n:a|n:b')).toBeNull();
    expect(parseNodeId('x')).toBeNull();
    expect(parseNodeId('')).toBeNull();
  });
});

describe('nodeIdOf', () => {
  it('gives each entity the id its node is drawn with, and parseNodeId reads it back', () => {
    for (const entity of [memberRef('i:7'), skillRef('n:sql'), categoryRef('')]) {
      expect(parseNodeId(nodeIdOf(entity))).toEqual(entity);
    }
    expect(nodeIdOf(memberRef('i:7'))).toBe(nodeId.member('i:7'));
    expect(nodeIdOf(skillRef('i:7'))).not.toBe(nodeIdOf(memberRef('i:7')));
  });
});

describe('node ids stay in src/graph', () => {
  // A fence: the rest of the app speaks of entity references, so no file outside src/graph may import the
  // node id module or spell a node id prefix into a template.
  const src = join(__dirname, '..');
  const outside = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(`graph${sep}`))
    .map((file) => ({ file: relative(src, join(src, file)), text: readFileSync(join(src, file), 'utf8') }));

  it('finds the source files it checks', () => {
    expect(outside.some((f) => f.file.includes('GapTable'))).toBe(true);
  });

  it('no module outside src/graph imports nodeIds', () => {
    const offenders = outside
      .filter(({ text }) => /graph\/nodeIds|parseNodeId/.test(text))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('no app code outside src/graph builds an m:/s:/c: id by hand', () => {
    // tests may make up keys such as `s:${name}`; the app's code may not make node ids
    const offenders = outside
      .filter(({ file, text }) => !/\.test\.tsx?$/.test(file) && /`[msc]:\$\{/.test(text))
      .map((f) => f.file);
    expect(offenders).toEqual([]);
  });
});
