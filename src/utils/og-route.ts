/**
 * What every preview-image route shares: the card in the page's locale
 * (site name, tagline, the fonts its characters need) sent as a PNG. The
 * routes under src/pages/og/ only say what the eyebrow and title are.
 */
import { translator } from '../i18n/utils';
import { LOCALE_TAGS, type Locale } from '../i18n/locales';
import { renderCard } from './og';
import { cardTextOf } from './og-text';

/** cardResponse('fr', 'Scripts d’appel', 'Appel d’activation') → a 1200×630 PNG response. */
export async function cardResponse(lang: Locale, eyebrow: string, title: string): Promise<Response> {
  const t = translator(lang);
  const png = await renderCard({ site: t('site.name'), eyebrow, title, footer: t('site.tagline'), lang: LOCALE_TAGS[lang], fontText: await cardTextOf(lang) });
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
