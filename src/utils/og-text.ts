/**
 * Every string a locale's preview cards can draw (titles, timings, playbook
 * names, interface words), so all cards of a locale share one font list.
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/utils';
import { splitLocalizedId } from '../lib/content/parity';

const cache = new Map<Locale, Promise<string>>();

async function collect(lang: Locale): Promise<string> {
  const t = translator(lang);
  const mine = <T extends { id: string }>(entries: T[]) => entries.filter((e) => splitLocalizedId(e.id).locale === lang);
  const [steps, templates, scripts, playbooks] = await Promise.all([getCollection('steps'), getCollection('templates'), getCollection('scripts'), getCollection('playbooks')]);
  return [
    ...mine(steps).flatMap((e) => [e.data.title, e.data.timing]),
    ...mine(templates).map((e) => e.data.title),
    ...mine(scripts).map((e) => e.data.title),
    ...mine(playbooks).map((e) => e.data.title),
    t('site.name'), t('site.tagline'), t('nav.templates'), t('nav.scripts'), ' ·',
  ].join('');
}

/** All card text of a locale, e.g. 'ja' → "管理者にアクティベーションを依頼する初日…". */
export function cardTextOf(lang: Locale): Promise<string> {
  let text = cache.get(lang);
  if (!text) cache.set(lang, (text = collect(lang)));
  return text;
}
