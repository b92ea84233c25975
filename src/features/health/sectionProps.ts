// What each part of Club health gets from the view, in a file of its own: the parts importing it from
// HealthView.tsx (which imports them) would be an import cycle.
import type { ComponentType } from 'react';
import type { ExportButtonProps } from '../../components/exportSlot';

export interface SectionProps {
  ExportButton: ComponentType<ExportButtonProps>;
}
