import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class AddMemberDto {
  @ApiProperty({ format: 'uuid', description: 'A firm of the delegation’s home country' })
  @IsUUID('all', { message: 'companyId must be a UUID' })
  companyId: string;
}
