import { Injectable, Logger } from '@nestjs/common';
import type { OpportunityRow } from './opportunity-row';

/**
 * The one place the board tells the posting firm what happened: someone expressed interest, staff
 * published or refused. Called inside the change's transaction.
 */
@Injectable()
export class OpportunityNotifier {
  private readonly logger = new Logger(OpportunityNotifier.name);

  async interestExpressed(row: OpportunityRow, fromCompanyName: string): Promise<void> {
    this.logger.debug(`interest in ${row.id} from ${fromCompanyName}`);
    await Promise.resolve();
  }

  async reviewed(row: OpportunityRow): Promise<void> {
    this.logger.debug(`opportunity ${row.id} is ${row.status}`);
    await Promise.resolve();
  }
}
