import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

interface Pending {
  /** Transaction depth when registered: a rolled-back savepoint drops what it registered. */
  depth: number;
  run: () => void;
}

/** TypeORM's query runners count nesting (savepoints) but do not declare it in their type. */
function depthOf(runner: QueryRunner, fallback: number): number {
  const depth = (runner as QueryRunner & { transactionDepth?: unknown }).transactionDepth;
  return typeof depth === 'number' ? depth : fallback;
}

/**
 * Runs side effects (socket emits) only once the current transaction has committed, and never
 * when it rolls back. Callers need not know whether they are inside a transaction: outside one,
 * the effect runs at once (the write it follows was committed by its own statement).
 *
 * TypeORM broadcasts `afterTransactionCommit` for every commit, savepoints included, so the
 * queue of a query runner is flushed only when the outermost transaction ends (depth 0).
 */
@Injectable()
export class AfterCommit implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger(AfterCommit.name);
  private readonly pending = new WeakMap<QueryRunner, Pending[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    // Subscribers are read from this array on every broadcast; adding one at start is enough.
    this.dataSource.subscribers.push(this);
  }

  /** `run` after the caller's transaction commits (or now, outside one). */
  run(effect: () => void): void {
    const runner = this.txHost.tx.queryRunner;
    if (!runner?.isTransactionActive) {
      this.safely(effect);
      return;
    }
    const queue = this.pending.get(runner) ?? [];
    queue.push({ depth: depthOf(runner, 1), run: effect });
    this.pending.set(runner, queue);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    const depth = depthOf(runner, 0);
    const queue = this.pending.get(runner);
    if (depth > 0) {
      // A released savepoint: what it registered now belongs to the enclosing level.
      queue?.forEach((entry) => (entry.depth = Math.min(entry.depth, depth)));
      return;
    }
    this.pending.delete(runner);
    queue?.forEach((entry) => this.safely(entry.run));
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const runner = event.queryRunner;
    const depth = depthOf(runner, 0);
    const queue = this.pending.get(runner);
    if (!queue) {
      return;
    }
    const kept = queue.filter((entry) => entry.depth <= depth);
    if (kept.length > 0 && depth > 0) {
      this.pending.set(runner, kept);
    } else {
      this.pending.delete(runner);
    }
  }

  private safely(effect: () => void): void {
    try {
      effect();
    } catch (error) {
      // The change is committed; a failed emit must not turn it into an error for the caller.
      this.logger.warn(`after-commit effect failed: ${String(error)}`);
    }
  }
}
