/** The known causes of usage above 100 % (tracker.md §3), listed once for the counts and the client panel. */
import { useEnv } from './context';

const CAUSES = ['inflated.moved', 'inflated.grace', 'inflated.trial', 'inflated.service'] as const;

export function InflatedCauses() {
  const { t } = useEnv();
  return (
    <ul>
      {CAUSES.map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
}
