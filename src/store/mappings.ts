// Column mappings a person chose, remembered for files with the same headers (a small preference: localStorage).
import type { ColumnChoice } from '../io/detect';

const MAPPING_PREF = 'expertise-map:column-mappings';
const LIMIT = 50;

export function rememberedMappings(): Map<string, ColumnChoice[]> {
  try {
    const raw = JSON.parse(window.localStorage.getItem(MAPPING_PREF) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return new Map();
    return new Map(
      raw.filter(
        (e): e is [string, ColumnChoice[]] =>
          Array.isArray(e) && typeof e[0] === 'string' && Array.isArray(e[1]),
      ),
    );
  } catch {
    return new Map();
  }
}

export function rememberMapping(signature: string, choices: ColumnChoice[]): void {
  const all = rememberedMappings();
  all.delete(signature);
  all.set(signature, choices);
  try {
    window.localStorage.setItem(MAPPING_PREF, JSON.stringify([...all].slice(-LIMIT)));
  } catch {
    // a preference only: without storage the step simply asks again next time
  }
}
