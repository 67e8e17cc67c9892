/**
 * Locale-aware paths. Every internal link goes through these helpers so that
 * components never branch on the locale themselves.
 */
import { LOCALES, isLocale, type Locale } from './locales';

/** localizedPath('fr', '/playbooks/activation/') → '/fr/playbooks/activation/'. */
export function localizedPath(lang: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `/${lang}${clean === '/' ? '/' : clean}`;
}

/** localeOfPath('/ja/glossary/') → 'ja'; localeOfPath('/') → undefined. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/** The same page in another locale: switchLocalePath('/fr/glossary/', 'ja') → '/ja/glossary/'. */
export function switchLocalePath(pathname: string, lang: Locale): string {
  const current = localeOfPath(pathname);
  if (!current) return localizedPath(lang, pathname);
  return `/${lang}${pathname.slice(current.length + 1) || '/'}`;
}

/** Absolute URLs of a page in every locale, for hreflang: alternates(site, '/fr/x/') → [{lang:'en', href:'…/en/x/'}, …]. */
export function alternates(site: URL, pathname: string): { lang: Locale; href: string }[] {
  return LOCALES.map((lang) => ({ lang, href: new URL(switchLocalePath(pathname, lang), site).href }));
}
