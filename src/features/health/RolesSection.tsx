// PLACEHOLDER: replaced by the roles part of Club health (issue 15 wave 2). Never merged to main as it is.
import type { SectionProps } from './sectionProps';

export function RolesSection(_props: SectionProps) {
  return <p className="muted">roles</p>;
}
