import { PageQuery } from '../../../../common/pagination/page-query';

export class ListConversationsQuery extends PageQuery {}
