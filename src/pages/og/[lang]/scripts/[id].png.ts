/** The social preview image of each call script, in its locale, generated at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { splitLocalizedId } from '../../../../lib/content/parity';
import { translator } from '../../../../i18n/utils';
import type { Locale } from '../../../../i18n/locales';
import { cardResponse } from '../../../../utils/og-route';

export async function getStaticPaths() {
  return (await getCollection('scripts')).map((entry) => {
    const { locale, item } = splitLocalizedId(entry.id);
    return { params: { lang: locale, id: item }, props: { title: entry.data.title } };
  });
}

export const GET: APIRoute = ({ params, props }) => {
  const lang = params['lang'] as Locale;
  return cardResponse(lang, translator(lang)('nav.scripts'), props['title'] as string);
};
