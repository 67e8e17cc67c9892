/**
 * `{{count, number}}` with one Intl.NumberFormat per language. i18next's own
 * cache keys a format by every option of the call, the count included, so
 * each new count built a new Intl.NumberFormat (about 70 µs): the tracker's
 * counts and list rows paid it on every render. Our strings never pass
 * options to the format (a unit test checks it), so the language is the key.
 */
import type { i18n } from 'i18next';

export function cacheNumberFormat(instance: i18n): void {
  const formats = new Map<string, Intl.NumberFormat>();
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) => {
    const tag = lng ?? 'en';
    let format = formats.get(tag);
    if (!format) formats.set(tag, (format = new Intl.NumberFormat(tag)));
    return format.format(value as number);
  });
}
