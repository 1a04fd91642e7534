import { Entity, PrimaryColumn } from 'typeorm';

/** A firm taking part in a conversation (chamber staff take part through their role). */
@Entity('conversation_companies')
export class ConversationCompanyEntity {
  @PrimaryColumn('uuid', { name: 'conversation_id' })
  conversationId: string;

  @PrimaryColumn('uuid', { name: 'company_id' })
  companyId: string;
}
