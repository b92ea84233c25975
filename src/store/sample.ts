// The bundled sample workspace (sample-data/<lang>/*.csv), loaded on demand through the normal import.
import { emptyWorkspace, type Workspace } from '../domain/types';
import type { ImportFile } from '../io/import/types';
import type { Lang } from '../i18n/i18n';

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

/** The sample in the language given, imported on the page (it is small: 150 members). */
export async function sampleWorkspace(lang: Lang): Promise<Workspace> {
  const [files, { runImport }] = await Promise.all([
    sampleImportFiles(lang),
    import('../io/import/runImport'),
  ]);
  return runImport(files, emptyWorkspace(), 'replace').workspace;
}
