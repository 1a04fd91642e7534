import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { FILE_STORE, type FileStore } from '../storage/file-store';
import { scanWithClamd, type ScanVerdict } from './clamav-client';

export interface ScanOutcome {
  documentId: string;
  verdict: ScanVerdict | null;
}

/**
 * Virus scans after upload, when CLAMAV_URL is set: the document stays `pending` (not
 * downloadable) until clamd answers; the documents service settles it as `clean` or `refused`.
 * Scans run in this process, one at a time per upload; `idle()` lets tests and shutdown wait.
 */
@Injectable()
export class ScanQueue {
  private readonly logger = new Logger('DocumentScan');
  private readonly running = new Set<Promise<void>>();
  readonly url: string | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {
    this.url = config.env.CLAMAV_URL;
  }

  get enabled(): boolean {
    return this.url !== undefined;
  }

  enqueue(
    documentId: string,
    storageKey: string,
    settle: (outcome: ScanOutcome) => Promise<void>,
  ): void {
    const task = this.scan(storageKey)
      .then((verdict) => settle({ documentId, verdict }))
      .catch((error: unknown) => {
        // clamd down or slow: the document stays pending (never served unscanned).
        this.logger.warn(`Scan of document ${documentId} failed: ${String(error)}`);
      })
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.all([...this.running]);
    }
  }

  private async scan(storageKey: string): Promise<ScanVerdict> {
    return scanWithClamd(this.url!, await this.store.open(storageKey));
  }
}
