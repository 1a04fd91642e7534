import { Injectable } from '@nestjs/common';
import {
  IMPORT_LIMITS,
  type ImportRowResponse,
  type ImportStatusResponse,
  type Page,
} from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-error';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import type { PageQuery } from '../../common/pagination/page-query';
import type { ListImportRowsQuery } from './dto/list-import-rows.query';
import type { StartImportQuery } from './dto/start-import.query';
import type { ImportEntity } from './import.entity';
import { ImportJobs } from './import-jobs';
import { toImportRow, toImportStatus } from './import.mapper';
import { MemberWritesRepository } from './member-writes.repository';
import { ImportsRepository } from './imports.repository';
import { detectFormat, FileProblem } from './parsing/file-format';
import { mapHeader } from './parsing/header';
import { readTable } from './parsing/read-table';
import type { Upload } from './read-upload';

/** Rows read at upload time: enough to find the header past a few blank lines. */
const HEADER_PROBE_ROWS = 10;

@Injectable()
export class ImportsService {
  constructor(
    private readonly imports: ImportsRepository,
    private readonly jobs: ImportJobs,
    private readonly contacts: MemberWritesRepository,
  ) {}

  /** The contact the chamber registered for each imported firm (claim invitations go there). */
  registeredContacts(
    companyIds: readonly string[],
  ): Promise<Map<string, { email: string | null; contactName: string | null }>> {
    return this.contacts.registeredContacts(companyIds);
  }

  /**
   * Checks what can be checked at once — the kind of file, its encoding, its header — so that a
   * wrong file is refused with a 400 before any job exists; then queues the job (202).
   */
  async start(actor: AuthUser, upload: Upload, query: StartImportQuery): Promise<{ id: string }> {
    const encoding = query.encoding ?? 'auto';
    try {
      const format = detectFormat(upload.file);
      if (format === 'xlsx' && encoding !== 'auto') {
        throw new FileProblem('encoding applies to CSV files only; an XLSX file declares its own');
      }
      mapHeader((await readTable(upload.file, format, encoding, HEADER_PROBE_ROWS)).header);
      const entry = await this.imports.create({
        createdByUserId: actor.id,
        fileName: upload.fileName,
        format,
        dryRun: query.dryRun,
      });
      this.jobs.enqueue({
        importId: entry.id,
        dryRun: query.dryRun,
        file: upload.file,
        format,
        encoding,
        actor,
      });
      return { id: entry.id };
    } catch (error) {
      if (error instanceof FileProblem) {
        throw new InvalidInputError([{ field: 'file', messages: error.messages }]);
      }
      throw error;
    }
  }

  async status(id: string): Promise<ImportStatusResponse> {
    const entry = await this.mustFind(id);
    const failed = await this.imports.listOutcomes(
      id,
      { outcome: 'failed' },
      IMPORT_LIMITS.failedListMax,
    );
    return toImportStatus(entry, failed);
  }

  async rows(id: string, query: ListImportRowsQuery): Promise<Page<ImportRowResponse>> {
    await this.mustFind(id);
    const after = query.cursor
      ? Number(decodeCursor(query.cursor, { row: cursorFields.integer }).row)
      : undefined;
    return keysetPage(
      query,
      (limit) => this.imports.listOutcomes(id, { outcome: query.outcome, afterRow: after }, limit),
      { items: (rows) => rows.map(toImportRow), key: (row) => ({ row: String(row.row) }) },
    );
  }

  async list(query: PageQuery): Promise<Page<ImportStatusResponse>> {
    const after = query.cursor
      ? decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(query, (limit) => this.imports.list(after, limit), {
      // Lists carry counts only; the failed rows of one import are at GET /api/imports/:id.
      items: (rows) => rows.map((row) => toImportStatus(row.entry, [])),
      key: (row) => ({ at: row.at, id: row.entry.id }),
    });
  }

  private async mustFind(id: string): Promise<ImportEntity> {
    const entry = await this.imports.findById(id);
    if (!entry) {
      throw new NotFoundError('Import');
    }
    return entry;
  }
}
