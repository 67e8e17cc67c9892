/**
 * The origin absolute URLs are built from (canonical, hreflang, og:url,
 * og:image). SITE_URL sets it for a deployment; without it the build serves
 * the local preview only, and says so.
 */
export const LOCAL_SITE = 'http://localhost:4321';

/**
 * Site origin and the warning to print, from the environment.
 * Example: { SITE_URL: 'https://a.example' } → { site: 'https://a.example', warning: undefined }.
 */
export function resolveSite(env) {
  const value = (env.SITE_URL ?? '').trim();
  if (value === '') {
    return {
      site: LOCAL_SITE,
      warning:
        `SITE_URL is not set: canonical links, hreflang and link previews (og:url, og:image) will point to ${LOCAL_SITE}, ` +
        'a dead address once deployed. Build with SITE_URL=https://your.host npm run build (README, "Deploy").',
    };
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an absolute URL (expected e.g. https://playbook.example.com)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${value}" must start with https://`);
  return { site: url.origin + url.pathname.replace(/\/$/, ''), warning: undefined };
}
