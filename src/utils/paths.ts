/** getStaticPaths for pages that exist once per locale. */
import { LOCALES } from '../i18n/locales';

export function localePaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}
