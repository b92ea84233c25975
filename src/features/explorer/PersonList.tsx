import type { MemberLevel } from '../../domain/analysis';
import { memberRef } from '../../domain/entities';
import { useNumberFormat, useT, useUi } from '../../store/ui';

interface PersonListProps {
  people: MemberLevel[];
  score?: (memberKey: string) => number;
  limit?: number;
}

/** People with their level (and score), each a link that selects them. */
export function PersonList({ people, score, limit = 50 }: PersonListProps) {
  const t = useT();
  const select = useUi((s) => s.select);
  const fmt = useNumberFormat();
  const shown = people.slice(0, limit);
  return (
    <ol className="person-list">
      {shown.map(({ member, level }) => (
        <li key={member.key}>
          <button type="button" className="link" onClick={() => select(memberRef(member.key))}>
            {member.name}
          </button>
          <span className="muted">
            {' '}
            {t('panel.level', { level })}
            {score ? ` · ${t('panel.score', { score: fmt.fixed(score(member.key), 2) })}` : ''}
            {member.department ? ` · ${member.department}` : ''}
            {member.workload !== null ? ` · ${fmt.num(member.workload)}%` : ''}
          </span>
        </li>
      ))}
      {people.length > limit && (
        <li className="muted">{t('report.more', { count: people.length - limit })}</li>
      )}
    </ol>
  );
}
