import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

/** Enough for a page of match cards or directory entries. */
export const CONTACT_STATES_MAX_IDS = 50;

export class ContactStatesQuery {
  @ApiProperty({
    type: String,
    description: `Comma-separated firm ids (1–${CONTACT_STATES_MAX_IDS})`,
    example: '7d0c4bd4-3d0e-4f3f-9f68-1b8f0c6c2c11,1f1f…',
  })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray({ message: 'companyIds must be a comma-separated list of ids' })
  @ArrayMinSize(1, { message: 'companyIds must name at least one firm' })
  @ArrayMaxSize(CONTACT_STATES_MAX_IDS, {
    message: `companyIds may name at most ${CONTACT_STATES_MAX_IDS} firms`,
  })
  @IsUUID('all', { each: true, message: 'companyIds must be UUIDs' })
  companyIds: string[];
}
