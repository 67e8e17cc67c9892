/** The social preview image of each step, in its locale, generated at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { splitLocalizedId } from '../../../../lib/content/parity';
import { translator } from '../../../../i18n/utils';
import { LOCALE_TAGS, type Locale } from '../../../../i18n/locales';
import { playbookNav } from '../../../../utils/collections';
import { renderCard } from '../../../../utils/og';
import { cardTextOf } from '../../../../utils/og-text';

export async function getStaticPaths() {
  return (await getCollection('steps')).map((entry) => {
    const { locale, item } = splitLocalizedId(entry.id);
    const [playbook, step] = item.split('/');
    return { params: { lang: locale, playbook, step }, props: { title: entry.data.title, timing: entry.data.timing } };
  });
}

export const GET: APIRoute = async ({ params, props }) => {
  const lang = params['lang'] as Locale;
  const t = translator(lang);
  const playbook = (await playbookNav(lang)).find((p) => p.id === params['playbook']);
  const png = await renderCard({
    site: t('site.name'),
    eyebrow: `${playbook?.title ?? ''} · ${props['timing'] as string}`,
    title: props['title'] as string,
    footer: t('site.tagline'),
    lang: LOCALE_TAGS[lang],
    fontText: await cardTextOf(lang),
  });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
