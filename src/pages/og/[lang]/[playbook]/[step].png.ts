/** The social preview image of each step, in its locale, generated at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { splitLocalizedId } from '../../../../lib/content/parity';
import type { Locale } from '../../../../i18n/locales';
import { playbookNav } from '../../../../utils/collections';
import { cardResponse } from '../../../../utils/og-route';

export async function getStaticPaths() {
  return (await getCollection('steps')).map((entry) => {
    const { locale, item } = splitLocalizedId(entry.id);
    const [playbook, step] = item.split('/');
    return { params: { lang: locale, playbook, step }, props: { title: entry.data.title, timing: entry.data.timing } };
  });
}

export const GET: APIRoute = async ({ params, props }) => {
  const lang = params['lang'] as Locale;
  const playbook = (await playbookNav(lang)).find((p) => p.id === params['playbook']);
  return cardResponse(lang, `${playbook?.title ?? ''} · ${props['timing'] as string}`, props['title'] as string);
};
