/** Every URL of content.md, per locale, from the stable ids. */
import { OBJECTION_IDS, PLAYBOOK_STEPS, SCRIPT_IDS, TEMPLATE_IDS } from '../../src/lib/content/ids';

export function routesOf(lang: string): string[] {
  return [
    `/${lang}/`,
    ...Object.entries(PLAYBOOK_STEPS).flatMap(([p, steps]) => [`/${lang}/playbooks/${p}/`, ...steps.map((s) => `/${lang}/playbooks/${p}/${s}/`)]),
    `/${lang}/templates/`,
    ...TEMPLATE_IDS.map((id) => `/${lang}/templates/${id}/`),
    `/${lang}/scripts/`,
    ...SCRIPT_IDS.map((id) => `/${lang}/scripts/${id}/`),
    `/${lang}/objections/`,
    `/${lang}/glossary/`,
    `/${lang}/vendors/`,
    `/${lang}/tracker/`,
  ];
}

/** One page of each type, for the browser checks (axe, weight). */
export function pageTypes(lang: string): Record<string, string> {
  return {
    home: `/${lang}/`,
    playbook: `/${lang}/playbooks/activation/`,
    step: `/${lang}/playbooks/activation/email-admins/`,
    templates: `/${lang}/templates/`,
    template: `/${lang}/templates/${TEMPLATE_IDS[0]}/`,
    scripts: `/${lang}/scripts/`,
    script: `/${lang}/scripts/${SCRIPT_IDS[0]}/`,
    objections: `/${lang}/objections/#${OBJECTION_IDS[0]}`,
    glossary: `/${lang}/glossary/`,
    vendors: `/${lang}/vendors/`,
    tracker: `/${lang}/tracker/`,
  };
}
