/**
 * The tracker island: wires the store to the views. It renders the same
 * shell on the server and on first load, then restores the saved state.
 */
import { useEffect, useMemo } from 'react';
import { createT } from '../../i18n/client';
import { LOCALE_TAGS } from '../../i18n/locales';
import { localizedPath } from '../../i18n/paths';
import { useSaved, useTracker } from '../../store';
import { startSync } from '../../store/sync';
import { restoreLast } from '../../store/importer';
import { startUrlSync } from '../tracker/urlSync';
import { EnvContext, type TrackerProps, type TrackerEnv } from '../tracker/context';
import { ImportPanel } from '../tracker/ImportPanel';
import { MappingForm } from '../tracker/MappingForm';
import { Workspace } from '../tracker/Workspace';
import { Alerts } from '../tracker/Alerts';
import { SettingsPanel } from '../tracker/SettingsPanel';
import { StatePanel } from '../tracker/StatePanel';
import '../tracker/tracker.css';

export default function Tracker(props: TrackerProps) {
  const env = useMemo<TrackerEnv>(() => {
    const { strings, ...rest } = props;
    return {
      ...rest,
      t: createT(props.lang, strings),
      tag: LOCALE_TAGS[props.lang],
      stepHref: (step) => localizedPath(props.lang, `/playbooks/${step}/`),
    };
  }, [props]);
  const hydrated = useTracker((s) => s.hydrated);
  const status = useTracker((s) => s.status);
  const hasData = useTracker((s) => s.loaded !== null);
  const savingLog = useTracker((s) => s.savingLog);
  const saving = useTracker((s) => s.saving);
  const unsaved = savingLog || saving;

  useEffect(() => {
    if (!unsaved) return;
    // The browser's own "leave site?" question: a write still waiting would be lost with the tab.
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);

  // The list's view named in the URL applies before the import is restored (issue 12 item 9).
  useEffect(() => startUrlSync(), []);

  useEffect(() => {
    // Persisted state is read after the first render so it matches the static HTML.
    void Promise.resolve(useSaved.persist.rehydrate()).then(async () => {
      useTracker.setState({ hydrated: true });
      startSync(() => void restoreLast());
      await restoreLast();
    });
  }, []);

  return (
    <EnvContext.Provider value={env}>
      <div className="tracker" data-hydrated={hydrated ? 'true' : 'false'} data-saving-log={savingLog ? 'true' : 'false'} data-saving-import={saving ? 'true' : 'false'}>
        <ImportPanel />
        <Alerts />
        {status === 'mapping' && <MappingForm />}
        {hasData ? <Workspace /> : status !== 'mapping' && <p className="tracker-empty">{env.t('tracker.empty')}</p>}
        <SettingsPanel />
        <StatePanel />
      </div>
    </EnvContext.Provider>
  );
}
