// Fluent in the UI, from the same .ftl files the Rust core uses. The chain for a
// language is: her language → nb → en, so a missing string shows Norwegian, never an id.
// Numbers use Latin digits everywhere, as the core does (see src/i18n/format.rs for why);
// a date is the locale's own `format-date` message, so what the screen shows is what the
// core says aloud (ui/tests/unit compares the two).

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import type { MessageArgs, MessageId } from '../generated/types';
import { LOCALES, RTL_LOCALES } from '../generated/constants';

const sources = import.meta.glob('../../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const REFERENCE = 'nb';

/** The tag Intl should format with for one of our locales. */
export function intlLocale(tag: string): string {
  const base = tag === 'prs' ? 'fa-AF' : tag;
  return `${base}-u-nu-latn-ca-gregory`;
}

function buildBundles(): Map<string, FluentBundle> {
  const bundles = new Map<string, FluentBundle>();
  for (const [path, source] of Object.entries(sources)) {
    const tag = path.split('/').at(-2)!;
    let bundle = bundles.get(tag);
    if (!bundle) {
      const locale = intlLocale(tag);
      bundle = new FluentBundle(locale);
      bundles.set(tag, bundle);
    }
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length) console.error(`locales/${tag}: ${errors.join('; ')}`);
  }
  return bundles;
}

const bundles = buildBundles();

export const availableLocales = (): string[] => [...bundles.keys()];

/** The locales tried for `lang`, best first. */
export function fallbackChain(lang: string): string[] {
  const chain = negotiateLanguages([lang], availableLocales(), { defaultLocale: REFERENCE, strategy: 'filtering' });
  for (const last of [REFERENCE, 'en']) if (!chain.includes(last)) chain.push(last);
  return chain;
}

/** The language the UI speaks now. Reading it inside a component makes it reactive. */
export const locale = $state({ lang: REFERENCE });

export function setLang(tag: string): void {
  locale.lang = bundles.has(tag) ? tag : REFERENCE;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale.lang;
    document.documentElement.dir = isRtl(locale.lang) ? 'rtl' : 'ltr';
  }
}

/** A language's name in itself ("Soomaali", "العربية"), for a mentor's lists and labels. */
export function languageName(tag: string): string {
  return LOCALES.find((l) => l.tag === tag)?.native_name ?? tag;
}

export function isRtl(tag: string): boolean {
  return RTL_LOCALES.includes(tag);
}

type ArgsOf<K extends MessageId> = MessageArgs[K];

/** Format message `id` in the current language (or `lang`). */
export function t<K extends MessageId>(id: K, args?: ArgsOf<K>, lang: string = locale.lang): string {
  for (const tag of fallbackChain(lang)) {
    const bundle = bundles.get(tag);
    const message = bundle?.getMessage(id);
    if (bundle && message?.value) {
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args as Record<string, FluentVariable> | undefined, errors);
      return text;
    }
  }
  return id;
}

/** Same as `t` but without Unicode isolation marks, for attributes like aria-label. */
export function plain<K extends MessageId>(id: K, args?: ArgsOf<K>, lang?: string): string {
  return t(id, args, lang).replace(/[\u2068\u2069]/g, '');
}

/** A moment as the date in `lang`'s order and the time on the 24-hour clock ("23.11.2026 08:30"). */
export function formatWhen(ms: number, lang?: string): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const iso = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  return `${formatDate(iso, lang)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The arguments of `format-date` for a calendar date ("2026-01-05" → 05, 01, 2026), or null. */
export function dateParts(iso: string): MessageArgs['format-date'] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const check = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (check.getUTCMonth() !== +m[2] - 1 || check.getUTCDate() !== +m[3]) return null;
  return { day: m[3], month: m[2], year: m[1] };
}

/** A calendar date (YYYY-MM-DD) in `lang`'s order ("22.11.2026", "22/11/2026"). */
export function formatDate(iso: string, lang?: string): string {
  const parts = dateParts(iso);
  return parts ? plain('format-date', parts, lang) : iso;
}
