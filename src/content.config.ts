/**
 * Content collections: one Markdown file per item per locale, at
 * `src/content/<collection>/<locale>/<item>.md`. Schemas validate each file;
 * the loader then checks parity across locales so a missing translation or a
 * drifting structure fails the build with the entry named.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { LOCALES } from './i18n/locales';
import { checkParity, formatParityProblems, type LocalizedEntry } from './lib/content/parity';
import { STRUCTURE } from './lib/content/structure';
import {
  GLOSSARY_IDS,
  OBJECTION_IDS,
  PLAYBOOK_STEPS,
  SCRIPT_IDS,
  STEP_REFS,
  TEMPLATE_IDS,
  VENDOR_IDS,
} from './lib/content/ids';
import { FIELD_IDS } from './lib/tracker/fields';

const text = z.string().trim().min(1);
const stepRef = z.enum(STEP_REFS as [string, ...string[]]);
const templateId = z.enum(TEMPLATE_IDS);
const scriptId = z.enum(SCRIPT_IDS);
const objectionId = z.enum(OBJECTION_IDS);
const vendorId = z.enum(VENDOR_IDS);

/**
 * Where a vendor fact comes from and when it was last checked (content.md
 * "Facts"): shown discreetly under the item. `checked` is a YYYY-MM-DD date.
 */
export const sourceSchema = z.object({
  url: z.url(),
  /** Short label of the page, in the page's own language (usually the vendor's). */
  title: text,
  checked: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()]).transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10))),
});
const sources = z.array(sourceSchema).default([]);
/** A fact that holds for one vendor's customers only, kept out of the text every customer gets. */
const vendorNotes = z.array(z.object({ vendor: vendorId, text })).default([]);

/** glob over one collection's folder, followed by the parity check. */
function localized(
  collection: string,
  structureOf: (entry: LocalizedEntry) => unknown,
  stableIds: readonly string[],
): Loader {
  const inner = glob({ pattern: '**/*.md', base: `./src/content/${collection}` });
  return {
    name: `localized-${collection}`,
    load: async (context) => {
      await inner.load(context);
      const entries = context.store.values().map((e) => ({ id: e.id, data: e.data, body: e.body }));
      const problems = checkParity(entries, LOCALES, structureOf, stableIds);
      if (problems.length > 0) throw new Error(formatParityProblems(collection, problems));
    },
  };
}

export const playbookSchema = z.object({
  title: text,
  summary: text,
  order: z.number().int(),
  /** Localized label of when the phase runs, e.g. "Weeks 1–3". */
  timing: text,
  /** Step ids in the order a rep runs them. */
  steps: z.array(text).min(1),
  sources,
});

export const stepSchema = z.object({
  title: text,
  /** One or two sentences: the page description and og:description. */
  summary: text,
  /** Localized label of when, e.g. "Week 1" or "The day after the deadline". */
  timing: text,
  /** Week range for the navigation, when the step is tied to the calendar. */
  weeks: z.object({ from: z.number().int().min(0), to: z.number().int().min(0) }).optional(),
  channel: z.enum(['email', 'call', 'monitor', 'meeting']),
  goal: text,
  prepare: z.array(text).min(1),
  success: z.array(text).min(1),
  templates: z.array(templateId).default([]),
  scripts: z.array(scriptId).default([]),
  objections: z.array(objectionId).default([]),
  vendorNotes,
  /** The seeds call this step optional ("extra credit", 任意項目, "additional items"). */
  optional: z.boolean().default(false),
  /** The team's recommended figures (deadlines, call lengths): our guidance, not a vendor rule. */
  guidance: z.array(text).default([]),
  sources,
});

export const templateSchema = z.object({
  title: text,
  /** When to send it, one or two sentences. */
  purpose: text,
  step: stepRef,
  subject: text,
});

export const scriptSchema = z.object({
  title: text,
  summary: text,
  step: stepRef,
  duration: text,
  opening: text,
  reasons: z.array(text).min(1),
  questions: z.array(text).min(1),
  handling: z.array(text).min(1),
  close: text,
  templates: z.array(templateId).default([]),
  objections: z.array(objectionId).default([]),
  sources,
});

export const objectionSchema = z.object({
  title: text,
  /** The customer's words. */
  concern: text,
  proof: z.array(text).min(1),
  order: z.number().int(),
  vendorNotes,
  sources,
});

export const glossarySchema = z.object({
  term: text,
  formula: text.optional(),
  order: z.number().int(),
  sources,
});

export const vendorSchema = z.object({
  name: text,
  console: text,
  order: z.number().int(),
  locations: z.array(z.object({ figure: text, where: text })).min(1),
  export: z.array(text).min(1),
  /** Export headers as they appear in the vendor's file (never translated) and the tracker field they feed. */
  columns: z.array(z.object({ header: text, field: z.enum(FIELD_IDS) })).default([]),
  sources,
});

export const collections = {
  playbooks: defineCollection({
    loader: localized('playbooks', STRUCTURE.playbooks, Object.keys(PLAYBOOK_STEPS)),
    schema: playbookSchema,
  }),
  steps: defineCollection({
    loader: localized('steps', STRUCTURE.steps, STEP_REFS),
    schema: stepSchema,
  }),
  templates: defineCollection({ loader: localized('templates', STRUCTURE.templates, TEMPLATE_IDS), schema: templateSchema }),
  scripts: defineCollection({
    loader: localized('scripts', STRUCTURE.scripts, SCRIPT_IDS),
    schema: scriptSchema,
  }),
  objections: defineCollection({ loader: localized('objections', STRUCTURE.objections, OBJECTION_IDS), schema: objectionSchema }),
  glossary: defineCollection({ loader: localized('glossary', STRUCTURE.glossary, GLOSSARY_IDS), schema: glossarySchema }),
  vendors: defineCollection({ loader: localized('vendors', STRUCTURE.vendors, VENDOR_IDS), schema: vendorSchema }),
};
