import { Injectable } from '@nestjs/common';
import { UsersService } from '../../users/users.service';

/**
 * Who wrote what: the names of messages' senders (colleagues of a firm share its conversations,
 * so the firm alone no longer says who wrote). One read per page of messages.
 */
@Injectable()
export class SenderNames {
  constructor(private readonly users: UsersService) {}

  async of(messages: readonly { senderUserId: string | null }[]): Promise<Map<string, string>> {
    const ids = [
      ...new Set(
        messages.flatMap((message) => (message.senderUserId ? [message.senderUserId] : [])),
      ),
    ];
    const accounts = await this.users.findManyByIds(ids);
    return new Map(accounts.map((account) => [account.id, account.fullName]));
  }
}
