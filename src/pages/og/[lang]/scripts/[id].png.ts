/** The social preview image of each call script, in its locale, generated at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { splitLocalizedId } from '../../../../lib/content/parity';
import { translator } from '../../../../i18n/utils';
import { LOCALE_TAGS, type Locale } from '../../../../i18n/locales';
import { renderCard } from '../../../../utils/og';
import { cardTextOf } from '../../../../utils/og-text';

export async function getStaticPaths() {
  return (await getCollection('scripts')).map((entry) => {
    const { locale, item } = splitLocalizedId(entry.id);
    return { params: { lang: locale, id: item }, props: { title: entry.data.title } };
  });
}

export const GET: APIRoute = async ({ params, props }) => {
  const lang = params['lang'] as Locale;
  const t = translator(lang);
  const png = await renderCard({ site: t('site.name'), eyebrow: t('nav.scripts'), title: props['title'] as string, footer: t('site.tagline'), lang: LOCALE_TAGS[lang], fontText: await cardTextOf(lang) });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
