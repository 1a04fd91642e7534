import { Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DELEGATION_MEMBER_STATUSES, type DelegationMemberStatus } from '@jcc/contracts';
import { DelegationLists, type ExportRow } from './delegation-lists';
import { DelegationsService } from './delegations.service';
import { csvLine } from '../../common/csv/csv-cell';
import { countryName, fileSlug, productNames, sectorNames } from './export/export-labels';
import { PdfDelegationList } from './export/pdf-list';

export interface ExportFile {
  fileName: string;
  stream: Readable;
}

const BATCH = 500;
const CHAMBER = 'Pakistan–Azerbaijan Joint Chamber of Commerce';
const DEFAULT_STATUSES = DELEGATION_MEMBER_STATUSES.filter((status) => status !== 'declined');

/** Delegation lists as files, read from the database in batches while they are being sent. */
@Injectable()
export class DelegationExportsService {
  private readonly logger = new Logger(DelegationExportsService.name);

  constructor(
    private readonly delegations: DelegationsService,
    private readonly lists: DelegationLists,
  ) {}

  async csv(
    id: string,
    statuses: DelegationMemberStatus[] = DEFAULT_STATUSES,
  ): Promise<ExportFile> {
    const { delegation } = await this.delegations.findVisible(id, { kind: 'staff' });
    const batches = this.batches(id, statuses);
    async function* lines(): AsyncGenerator<string> {
      // A byte-order mark, so that Excel reads the names as UTF-8.
      yield `\uFEFF${csvLine(['No.', 'Company', 'Country', 'City', 'Status', 'Sectors', 'Products (HS chapters)', 'Contact', 'E-mail', 'Phone', 'Website', 'Registration number'])}`;
      let count = 0;
      for await (const batch of batches) {
        yield batch
          .map((row) => {
            count += 1;
            return csvLine([
              count,
              row.name,
              countryName(row.country),
              row.city,
              row.status,
              sectorNames(row),
              productNames(row),
              row.contactName,
              row.email,
              row.phone,
              row.website,
              row.registrationNumber,
            ]);
          })
          .join('');
      }
    }
    return { fileName: `${fileSlug(delegation.title)}.csv`, stream: Readable.from(lines()) };
  }

  async pdf(
    id: string,
    statuses: DelegationMemberStatus[] = DEFAULT_STATUSES,
  ): Promise<ExportFile> {
    const { delegation } = await this.delegations.findVisible(id, { kind: 'staff' });
    const list = new PdfDelegationList(delegation, CHAMBER);
    const fill = async () => {
      for await (const batch of this.batches(id, statuses)) {
        batch.forEach((row) => list.addRow(row));
      }
      list.end();
    };
    fill().catch((error: Error) => {
      this.logger.error(`PDF export of delegation ${id} failed: ${error.message}`);
      list.document.destroy(error);
    });
    return { fileName: `${fileSlug(delegation.title)}.pdf`, stream: list.document };
  }

  private async *batches(
    id: string,
    statuses: DelegationMemberStatus[],
  ): AsyncGenerator<ExportRow[]> {
    let after: ExportRow['key'] | null = null;
    for (;;) {
      const rows: ExportRow[] = await this.lists.exportBatch(id, statuses, after, BATCH);
      if (rows.length === 0) {
        return;
      }
      yield rows;
      if (rows.length < BATCH) {
        return;
      }
      after = rows[rows.length - 1].key;
    }
  }
}
