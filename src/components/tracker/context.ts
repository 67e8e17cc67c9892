/**
 * What every view of the tracker island reads besides the store: the page's
 * locale, its translate function, and the content it was given as props.
 * (State lives in the store; this is the island's fixed environment.)
 */
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { Locale } from '../../i18n/locales';
import type { StepRef, TemplateId } from '../../lib/content/ids';

export interface TemplateText {
  title: string;
  subject: string;
  body: string;
}

/** Plain props the Astro page passes to the island. */
export interface TrackerProps {
  lang: Locale;
  strings: Record<string, string>;
  /** Step titles in the page locale, the template each step uses and its call script (the call sheet links it). */
  steps: Record<StepRef, { title: string; template: TemplateId | null; script?: string | null }>;
  /** Every template in every locale: emails follow the client's language. */
  templates: Record<Locale, Record<TemplateId, TemplateText>>;
  /** Field labels in every locale, for the gaps of an email in that locale. */
  fieldLabels: Record<Locale, Record<string, string>>;
  sampleUrl: string;
  callScriptUrl: string;
}

export interface TrackerEnv extends Omit<TrackerProps, 'strings'> {
  t: TFunction;
  tag: string;
  stepHref: (step: StepRef) => string;
}

export const EnvContext = createContext<TrackerEnv | null>(null);

export function useEnv(): TrackerEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('useEnv outside the tracker island');
  return env;
}
