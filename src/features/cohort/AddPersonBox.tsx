import { useId, useMemo, useState } from 'react';
import type { Member } from '../../domain/types';
import { useAnalysis } from '../../store/analysis';
import { useNumberFormat, useT } from '../../store/ui';
import { useWorkspace } from '../../store/workspace';
import { matchCandidates } from './candidateSearch';

/**
 * Pins someone the plan left out: type a name, pick a candidate (department and score shown) with the arrows
 * and Enter, or a click. A combobox with a listbox popup (the ARIA pattern; focus stays in the field).
 */
export function AddPersonBox() {
  const t = useT();
  const fmt = useNumberFormat();
  const analysis = useAnalysis();
  const pinned = useWorkspace((s) => s.workspace.plan.pinned);
  const apply = useWorkspace((s) => s.apply);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const found = useMemo(() => matchCandidates(analysis, query, new Set(pinned)), [analysis, query, pinned]);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const shown = open && query.trim() !== '';
  const matches = found.members;
  const current = Math.min(active, matches.length - 1);

  const pin = (member: Member) => {
    apply({ kind: 'pin', memberKey: member.key });
    setQuery('');
    setOpen(false);
    setActive(0);
  };

  return (
    <div className="add-person">
      <label htmlFor={`${id}-input`}>{t('cohort.add.label')}</label>{' '}
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown && matches.length > 0}
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown && current >= 0 ? optionId(current) : undefined}
        placeholder={t('cohort.add.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (!open) setOpen(true);
            else setActive(Math.min(current + 1, matches.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(Math.max(current - 1, 0));
          } else if (e.key === 'Enter') {
            if (shown && current >= 0) {
              e.preventDefault();
              pin(matches[current]);
            }
          } else if (e.key === 'Escape') {
            if (shown) setOpen(false);
            else setQuery('');
          }
        }}
      />
      {shown && (
        <div className="add-person-popup">
          <ul id={listId} role="listbox" aria-label={t('cohort.add.label')} hidden={matches.length === 0}>
            {matches.map((member, i) => (
              <li
                key={member.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                className={i === current ? 'active' : undefined}
                // Keeps the focus in the field, so that the click lands before the blur closes the list.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pin(member)}
              >
                {member.name}
                <span className="muted">
                  {member.department && ` · ${member.department}`}
                  {` · ${t('cohort.add.score', { score: fmt.fixed(analysis.score[analysis.memberIndex.get(member.key)!], 2) })}`}
                </span>
              </li>
            ))}
          </ul>
          {matches.length === 0 && <p className="muted">{t('cohort.add.none')}</p>}
          {found.more && <p className="muted">{t('cohort.add.more', { count: matches.length })}</p>}
        </div>
      )}
    </div>
  );
}
