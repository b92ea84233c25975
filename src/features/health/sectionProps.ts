// What HealthView hands each of its parts; apart from HealthView so that the parts do not import it back.
import type { ComponentType } from 'react';
import type { ExportButtonProps } from '../../components/exportSlot';

export interface SectionProps {
  ExportButton: ComponentType<ExportButtonProps>;
}
