// The bundled sample workspace (sample-data/<lang>/*.csv), loaded on demand through the normal import.
import { emptyWorkspace, type Workspace } from '../domain/types';
import type { ImportFile } from '../io/import/types';
import type { Lang } from '../i18n/i18n';
import { startImport } from './importClient';

const sampleFiles = import.meta.glob<string>('/sample-data/*/*.csv', { query: '?raw', import: 'default' });

async function sampleImportFiles(lang: Lang): Promise<ImportFile[]> {
  const prefix = `/sample-data/${lang}/`;
  const entries = Object.entries(sampleFiles).filter(([path]) => path.startsWith(prefix));
  const encoder = new TextEncoder();
  return Promise.all(
    entries.map(async ([path, load]) => ({
      name: path.slice(prefix.length),
      bytes: encoder.encode(await load()),
    })),
  );
}

/**
 * The sample in the language given, imported in the import worker (its first import then warms it up) so that the
 * page's thread stays free while the first visit draws; on the page where there is no worker, or it failed.
 */
export async function sampleWorkspace(lang: Lang): Promise<Workspace> {
  const files = await sampleImportFiles(lang);
  const request = {
    base: emptyWorkspace(),
    mode: 'replace',
    remembered: new Map(),
    chosen: new Map(),
  } as const;
  try {
    // the worker takes the bytes it is given: hand it copies, the originals stay for the fallback
    const copies = files.map((f) => ({ name: f.name, bytes: f.bytes.slice() }));
    return (await startImport({ ...request, files: copies }, () => {}).done).workspace;
  } catch {
    const { runImport } = await import('../io/import/runImport');
    return runImport(files, request.base, request.mode).workspace;
  }
}
