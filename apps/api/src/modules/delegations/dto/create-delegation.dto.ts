import type { DelegationDirection, SectorCode } from '@jcc/contracts';
import {
  CapacityField,
  DateField,
  DirectionField,
  HostCityField,
  SectorsField,
  TitleField,
} from './delegation-fields';

export class CreateDelegationDto {
  @TitleField('required') title: string;
  @DirectionField('required') direction: DelegationDirection;
  @HostCityField('required') hostCity: string;
  @DateField('startsOn', 'required') startsOn: string;
  @DateField('endsOn', 'required') endsOn: string;
  @SectorsField('required') sectors: SectorCode[];
  @CapacityField('required') capacity: number;
}
