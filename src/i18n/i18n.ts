// Translation: a language, a message key, parameters; plurals by Intl.PluralRules.
import { en, type MessageKey, type PluralForms } from './messages.en';
import { ru } from './messages.ru';

export type Lang = 'ru' | 'en';
export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogues = { en, ru } as const;
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
  const messages = catalogues[lang];
  return (key, params) => {
    const message = messages[key] as string | PluralForms;
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
