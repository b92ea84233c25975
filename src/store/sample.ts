// The bundled sample workspace (sample-data/<lang>/*.csv), loaded on demand through the normal import.
import type { ImportFile } from '../io/import/types';
import type { Lang } from '../i18n/i18n';

const sampleFiles = import.meta.glob<string>('/sample-data/*/*.csv', { query: '?raw', import: 'default' });

export async function sampleImportFiles(lang: Lang): Promise<ImportFile[]> {
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
