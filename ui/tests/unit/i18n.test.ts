// The UI's Fluent layer reads the same files as the core and must agree with it.
import { describe, expect, it } from 'vitest';
import { fallbackChain, formatDate, intlLocale, isRtl, plain, setLang, t, availableLocales } from '../../src/lib/i18n.svelte';
import coreDates from '../fixtures/dates.json';

describe('UI translations', () => {
  it('ships every locale the core ships', () => {
    expect(availableLocales().sort()).toEqual(['ar', 'en', 'fa', 'ku', 'nb', 'nn', 'prs', 'ps', 'so', 'sv', 'ti', 'uk']);
  });

  it('falls back to Norwegian, then English, never to an id', () => {
    expect(fallbackChain('ti')).toEqual(['ti', 'nb', 'en']);
    expect(fallbackChain('xx')).toEqual(['nb', 'en']);
    expect(t('wall-title', undefined, 'xx')).toBe('Hvem er du?');
  });

  it('switches the page direction for right-to-left languages', () => {
    setLang('fa');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    setLang('uk');
    expect(document.documentElement.dir).toBe('ltr');
    expect(['ar', 'prs', 'fa', 'ps'].every(isRtl)).toBe(true);
    expect(isRtl('ti')).toBe(false);
  });

  it('formats temperatures and dates like the core: Norwegian comma, Latin digits everywhere', () => {
    expect(plain('format-temperature', { value: 3.5 }, 'nb')).toBe('3,5 °C');
    expect(plain('format-temperature', { value: 3.5 }, 'en')).toBe('3.5 °C');
    expect(formatDate('2026-11-22', 'nb')).toBe('22.11.2026');
    expect(formatDate('2026-11-24', 'ti')).toBe('24/11/2026');
    expect(formatDate('2026-02-30', 'nb')).toBe('2026-02-30');
    for (const lang of ['ar', 'fa', 'prs']) {
      const text = plain('format-temperature', { value: 3.5 }, lang);
      expect(text, lang).toMatch(/3.5/u);
    }
    expect(intlLocale('prs')).toBe('fa-AF-u-nu-latn-ca-gregory');
  });

  it('keeps names isolated in mixed-script sentences and strips the marks for labels', () => {
    expect(t('home-greeting', { name: 'Amina' }, 'ar')).toContain('\u2068Amina\u2069');
    expect(plain('home-greeting', { name: 'Amina' }, 'ar')).not.toMatch(/[\u2068\u2069]/);
  });

  it('uses the plural forms of each language', () => {
    expect(plain('error-login-locked', { minutes: 1 }, 'nb')).toContain('ett minutt');
    expect(plain('error-login-locked', { minutes: 5 }, 'nb')).toContain('5 minutter');
    expect(plain('error-login-locked', { minutes: 3 }, 'uk')).toContain('3 хвилини');
  });
});

describe('dates on screen are the dates the core speaks', () => {
  it('formats 5 January 2026 exactly as the Rust core does, in every locale', () => {
    for (const [lang, expected] of Object.entries(coreDates as Record<string, string>)) {
      expect(formatDate('2026-01-05', lang), lang).toBe(expected);
    }
  });
});
