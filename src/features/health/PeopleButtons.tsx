// Names as buttons that open the person on the map, the first few at once and "Show all N" for the rest: a role
// or skill may have thousands of candidates in a big club.
import { useState } from 'react';
import type { Member } from '../../domain/types';
import { useT, useUi } from '../../store/ui';

/** How many names a cell shows before "Show all". */
export const SHOWN_NAMES = 5;

/** Opens a member on the map, as a click on their node would. */
export function useOpenMember(): (member: Member) => void {
  const select = useUi((s) => s.select);
  const setTab = useUi((s) => s.setTab);
  return (member) => {
    select({ kind: 'member', key: member.key });
    setTab('map');
  };
}

export function PeopleButtons({ people, empty }: { people: readonly Member[]; empty: string }) {
  const t = useT();
  const open = useOpenMember();
  const [all, setAll] = useState(false);
  if (people.length === 0) return <span className="muted">{empty}</span>;
  const shown = all ? people : people.slice(0, SHOWN_NAMES);
  return (
    <span className="health-people">
      {shown.map((member, i) => (
        // The name and its semicolon on one line; the line breaks between names.
        <span key={member.key}>
          <span className="health-person">
            <button type="button" className="link" onClick={() => open(member)}>
              {member.name}
            </button>
            {i < shown.length - 1 ? ';' : ''}
          </span>
          {i < shown.length - 1 ? ' ' : ''}
        </span>
      ))}
      {people.length > SHOWN_NAMES && (
        <>
          {' '}
          <button type="button" className="button small" onClick={() => setAll(!all)}>
            {all ? t('health.showFewer') : t('health.showAll', { count: people.length })}
          </button>
        </>
      )}
    </span>
  );
}
