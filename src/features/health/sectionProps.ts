// What each part of the Club health view is given: its own file, so the parts and HealthView, which draws them,
// do not import each other (tests/fences counts type-only imports in cycles).
import type { ComponentType } from 'react';
import type { ExportButtonProps } from '../../components/exportSlot';

export interface SectionProps {
  ExportButton: ComponentType<ExportButtonProps>;
}
