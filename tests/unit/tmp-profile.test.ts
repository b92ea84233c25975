import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { runImport } from '../../src/io/importer';
import { analyse } from '../../src/domain/analysis';
import { emptyWorkspace } from '../../src/domain/types';
import { toElements } from '../../src/graph/elements';

test('profile', () => {
  for (const size of ['200000', '1000000']) {
    const dir = `.bench-tmp/${size}`;
    const files = ['members.csv', 'skills.csv', 'expertise.csv'].map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(`${dir}/${f}`)) }));
    let t = performance.now();
    const { workspace, report } = runImport(files, emptyWorkspace(), 'replace');
    console.log(size, 'import', Math.round(performance.now() - t), 'issues', report.issues.length, workspace.links.level.length);
    t = performance.now();
    analyse(workspace, { locale: 'ru-RU' });
    console.log('analyse (with index)', Math.round(performance.now() - t));
    t = performance.now();
    const a2 = analyse(workspace, { locale: 'ru-RU' });
    console.log('analyse again', Math.round(performance.now() - t));
    t = performance.now();
    const el = toElements(workspace, a2, { mode: 'ambassadors', focusKey: null, categories: null, uncategorisedLabel: 'x' });
    console.log('toElements', Math.round(performance.now() - t), el.nodes.length, el.edges.length);
    t = performance.now();
    structuredClone(workspace);
    console.log('clone', Math.round(performance.now() - t));
  }
}, 300000);
