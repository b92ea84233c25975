// Translation: a language, a message key, parameters; plurals by Intl.PluralRules.
// Each language's messages are a chunk of their own, loaded when the language is first used, so that the first
// load carries one catalogue only; a language is switched to once its catalogue is here (no raw keys shown).
import type { MessageKey, Messages, PluralForms } from './messages.en';

export type Lang = 'ru' | 'en';
export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogues: Partial<Record<Lang, Messages>> = {};
const loading = new Map<Lang, Promise<void>>();

/** Loads a language's messages (once); `translator` needs them. */
export function loadCatalogue(lang: Lang): Promise<void> {
  if (catalogues[lang]) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    const load =
      lang === 'ru' ? import('./messages.ru').then((m) => m.ru) : import('./messages.en').then((m) => m.en);
    pending = load.then(
      (messages) => void (catalogues[lang] = messages),
      (error: unknown) => {
        loading.delete(lang); // a failed load (offline) is tried again next time
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

export function hasCatalogue(lang: Lang): boolean {
  return catalogues[lang] !== undefined;
}

/** Runs `then` as soon as the language's messages are here: at once when they already are. */
export function withCatalogue(lang: Lang, then: () => void): void {
  if (hasCatalogue(lang)) then();
  else void loadCatalogue(lang).then(then);
}
const pluralRules = { en: new Intl.PluralRules('en'), ru: new Intl.PluralRules('ru') };

export function isLang(value: string | null | undefined): value is Lang {
  return value === 'ru' || value === 'en';
}

/** `?lang=` first, then the browser's language (Russian for ru/uk/be, else English). */
export function detectLang(search: string, navigatorLanguages: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  for (const l of navigatorLanguages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ru' || base === 'uk' || base === 'be') return 'ru';
    if (base === 'en') return 'en';
  }
  return 'en';
}

function fill(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function translator(lang: Lang): Translate {
  // Callers load the language first; until then another loaded language's text beats a raw key.
  const messages = catalogues[lang] ?? catalogues[lang === 'ru' ? 'en' : 'ru'] ?? ({} as Partial<Messages>);
  return (key, params) => {
    const message = (messages[key] ?? key) as string | PluralForms;
    if (typeof message === 'string') return fill(message, params);
    const count = Number(params?.count ?? 0);
    const form = pluralRules[lang].select(count) as keyof PluralForms;
    const template = message[form] ?? message.other;
    // Plain digits (no grouping): "<N> members" is read by people and by checks alike.
    return fill(template, { ...params, count: String(count) });
  };
}

export function localeOf(lang: Lang): string {
  return lang === 'ru' ? 'ru-RU' : 'en-US';
}
