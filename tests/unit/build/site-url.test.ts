import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, resolveSite } from '../../../scripts/site-url.mjs';

describe('resolveSite (absolute URLs of a deployment)', () => {
  it('warns and uses the local preview when SITE_URL is unset or blank', () => {
    for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '  ' }]) {
      const { site, warning } = resolveSite(env);
      expect(site).toBe(LOCAL_SITE);
      expect(warning).toMatch(/SITE_URL is not set.*localhost:4321.*Deploy/s);
    }
  });

  it('uses SITE_URL without a trailing slash, and no warning', () => {
    expect(resolveSite({ SITE_URL: 'https://playbook.example.com/' })).toEqual({ site: 'https://playbook.example.com', warning: undefined });
  });

  it('refuses a value that is not an absolute http(s) URL', () => {
    expect(() => resolveSite({ SITE_URL: 'playbook.example.com' })).toThrow(/not an absolute URL/);
    expect(() => resolveSite({ SITE_URL: 'ftp://playbook.example.com' })).toThrow(/https:/);
  });
});
