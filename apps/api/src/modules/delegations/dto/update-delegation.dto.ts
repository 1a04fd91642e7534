import type { DelegationDirection, SectorCode } from '@jcc/contracts';
import {
  CapacityField,
  DateField,
  DirectionField,
  HostCityField,
  SectorsField,
  TitleField,
} from './delegation-fields';

/** A partial update: absent fields stay as they are. */
export class UpdateDelegationDto {
  @TitleField('optional') title?: string;
  @DirectionField('optional') direction?: DelegationDirection;
  @HostCityField('optional') hostCity?: string;
  @DateField('startsOn', 'optional') startsOn?: string;
  @DateField('endsOn', 'optional') endsOn?: string;
  @SectorsField('optional') sectors?: SectorCode[];
  @CapacityField('optional') capacity?: number;
}
