import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_STATES, type ContactState } from '@jcc/contracts';

export class ContactStateDto {
  @ApiProperty({ format: 'uuid' })
  companyId: string;

  @ApiProperty({
    enum: CONTACT_STATES,
    description:
      'none: you may ask; sent: your request is pending; received: they asked you; connected: a conversation exists',
  })
  state: ContactState;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  requestId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  conversationId: string | null;
}

export class ContactStatesDto {
  @ApiProperty({ type: [ContactStateDto] })
  states: ContactStateDto[];
}
