import { ContactRequestEntity } from './contact-request.entity';
import { ConversationCompanyEntity } from './conversation-company.entity';
import { ConversationReadEntity } from './conversation-read.entity';
import { ConversationEntity } from './conversation.entity';
import { MessageEntity } from './message.entity';

/** The chat tables, for the data source's entity list. */
export const CHAT_ENTITIES = [
  ConversationEntity,
  ConversationCompanyEntity,
  MessageEntity,
  ConversationReadEntity,
  ContactRequestEntity,
];
