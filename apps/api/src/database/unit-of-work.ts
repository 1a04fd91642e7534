import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { DynamicModule } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';

/**
 * The one unit of work: a service opens a transaction (`@Transactional()` or
 * `TransactionHost.withTransaction`), and every repository reaches the current one through
 * `TransactionHost<TransactionalAdapterTypeOrm>.tx` — the
 * transaction's EntityManager inside one, the plain one outside. The transaction travels in
 * AsyncLocalStorage, so no EntityManager is passed from call to call. `withTransaction` opens its
 * own CLS context when none is active, so it works the same from HTTP requests, socket events,
 * background jobs and scripts.
 */
export function unitOfWorkModule(): DynamicModule {
  return ClsModule.forRoot({
    global: true,
    plugins: [
      new ClsPluginTransactional({
        adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
      }),
    ],
  });
}
