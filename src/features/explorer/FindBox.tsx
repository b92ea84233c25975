import { useState, type RefObject } from 'react';
import { memberRef, skillRef } from '../../domain/entities';
import { normaliseIdentity } from '../../domain/normalise';
import { useAnalysis } from '../../store/analysis';
import { useT, useUi } from '../../store/ui';

/** Type a skill or a person, press Enter: the map focuses on them (also the keyboard's way into the map). */
export function FindBox({ inputRef }: { inputRef?: RefObject<HTMLInputElement | null> }) {
  const t = useT();
  const analysis = useAnalysis();
  const select = useUi((s) => s.select);
  const focus = useUi((s) => s.focus);
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState(false);
  const find = () => {
    const needle = normaliseIdentity(query);
    if (!needle) return;
    // Skills first (there are few), then people; an exact name beats a name that merely contains the text.
    const skill =
      analysis.skills.find((e) => normaliseIdentity(e.skill.name) === needle) ??
      analysis.skills.find((e) => normaliseIdentity(e.skill.name).includes(needle));
    const members = analysis.workspace.members;
    const member = skill
      ? undefined
      : (members.find((m) => normaliseIdentity(m.name) === needle) ??
        members.find((m) => normaliseIdentity(m.name).includes(needle)));
    const found = skill ? skillRef(skill.skill.key) : member ? memberRef(member.key) : null;
    setMissing(found === null);
    if (found) {
      select(found);
      focus(found);
    }
  };
  return (
    <form
      className="find-box"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        find();
      }}
    >
      <input
        ref={inputRef}
        type="search"
        className="filter"
        value={query}
        placeholder={t('graph.find.placeholder')}
        aria-label={t('graph.find')}
        aria-invalid={missing}
        onChange={(e) => {
          setQuery(e.target.value);
          setMissing(false);
        }}
      />
      {missing && (
        <span className="muted" role="status">
          {t('graph.notFound', { query })}
        </span>
      )}
    </form>
  );
}
