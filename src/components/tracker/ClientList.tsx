/**
 * The client list: its filter bar (search, count, filters, list actions), a
 * skip link past the list, and the rows: a table on a desktop, one card per
 * client on a phone. Both are virtualized and one tab stop (grid pattern).
 */
import { useRef, type MouseEvent } from 'react';
import { useEnv } from './context';
import type { Derived } from './useDerived';
import { ClientTable } from './ClientTable';
import { ClientCards } from './ClientCards';
import { useNarrow } from './useNarrow';
import { FilterBar } from './FilterBar';
import { LIST_ID, useDeadlines, useListPending, useListTopOnViewChange, useVisible } from './useVisible';

export function ClientList({ derived }: { derived: Derived }) {
  const { t } = useEnv();
  const visible = useVisible(derived);
  const deadlines = useDeadlines(derived);
  const pending = useListPending(derived);
  const narrow = useNarrow();
  const section = useRef<HTMLElement>(null);
  useListTopOnViewChange(section);
  const skipList = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    document.getElementById('after-clients')?.focus();
  };

  return (
    <section ref={section} className="clients" id={LIST_ID} aria-labelledby="clients-title" aria-busy={pending}>
      <a className="visually-hidden skip-list" href="#after-clients" onClick={skipList}>{t('table.skip')}</a>
      <FilterBar derived={derived} visible={visible} pending={pending} />
      <p id="clients-keys" className="visually-hidden">{t('table.keys')}</p>
      {/* No empty box with the message below it, off-screen: the message where the rows would be. */}
      {visible.length === 0 ? (
        // The view worker has not answered yet: not "no client matches", which would be false.
        <p className="muted no-match">{pending ? t('table.preparing') : t('table.noMatch')}</p>
      ) : narrow ? (
        <ClientCards derived={derived} visible={visible} deadlines={deadlines} />
      ) : (
        <ClientTable derived={derived} visible={visible} deadlines={deadlines} />
      )}
      <p id="after-clients" className="visually-hidden after-clients" tabIndex={-1}>{t('table.end')}</p>
    </section>
  );
}
