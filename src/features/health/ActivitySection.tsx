// PLACEHOLDER: replaced by the activity part of Club health (issue 15 wave 2). Never merged to main as it is.
import type { SectionProps } from './sectionProps';

export function ActivitySection(_props: SectionProps) {
  return <p className="muted">activity</p>;
}
