/**
 * Content queries for pages: one locale's entries, sorted, with their item id
 * (the locale prefix removed). Pages call these and pass plain props on.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { splitLocalizedId } from '../lib/content/parity';

type Name = 'playbooks' | 'steps' | 'templates' | 'scripts' | 'objections' | 'glossary' | 'vendors';

/** Entry of a collection with its locale-free id, e.g. { item: 'activation/call', entry }. */
export interface Item<C extends Name> {
  item: string;
  entry: CollectionEntry<C>;
}

/** All entries of a collection in one locale, as { item, entry }. */
export async function itemsOf<C extends Name>(collection: C, lang: Locale): Promise<Item<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries
    .map((entry) => ({ ...splitLocalizedId(entry.id), entry }))
    .filter((e) => e.locale === lang)
    .map(({ item, entry }) => ({ item, entry }));
}

/** Sort by the `order` field of the entries' data. */
export function byOrder<T extends { entry: { data: { order: number } } }>(a: T, b: T): number {
  return a.entry.data.order - b.entry.data.order;
}

export interface PlaybookNav {
  id: string;
  title: string;
  timing: string;
  steps: { id: string; title: string; timing: string; channel: string }[];
}

/** The playbooks of a locale with their steps in order, for the navigation. */
export async function playbookNav(lang: Locale): Promise<PlaybookNav[]> {
  const [playbooks, steps] = await Promise.all([itemsOf('playbooks', lang), itemsOf('steps', lang)]);
  const stepByItem = new Map(steps.map((s) => [s.item, s.entry]));
  return playbooks.sort(byOrder).map(({ item, entry }) => ({
    id: item,
    title: entry.data.title,
    timing: entry.data.timing,
    steps: entry.data.steps.map((stepId) => {
      const step = stepByItem.get(`${item}/${stepId}`);
      if (!step) throw new Error(`Playbook ${lang}/${item} lists step "${stepId}" but steps/${lang}/${item}/${stepId}.md is missing`);
      return { id: stepId, title: step.data.title, timing: step.data.timing, channel: step.data.channel };
    }),
  }));
}
