// PLACEHOLDER: replaced by the intakes part of Club health (issue 15 wave 2). Never merged to main as it is.
import type { SectionProps } from './sectionProps';

export function IntakesSection(_props: SectionProps) {
  return <p className="muted">intakes</p>;
}
