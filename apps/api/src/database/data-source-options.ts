import type { DataSourceOptions } from 'typeorm';
import { CompanyEntity } from '../modules/companies/company.entity';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity';
import { CHAMBER_ENTITIES } from '../modules/chamber-entities';
import { CHAT_ENTITIES } from '../modules/chat/entities';
import { MatchFeedbackEntity } from '../modules/matching/match-feedback.entity';
import { UserEntity } from '../modules/users/user.entity';
import { MIGRATIONS } from './migrations';
import { logPoolError, ResilientPgClient } from './resilient-pg-client';

export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  CompanyEntity,
  MatchFeedbackEntity,
  ...CHAT_ENTITIES,
  ...CHAMBER_ENTITIES,
];

/** Schema changes only through migrations, run at start; never `synchronize`. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // A lost connection must never end the process (see ResilientPgClient); a database that does
    // not answer a connect within 5 s is treated as away (503) rather than holding requests.
    extra: { max: 20, Client: ResilientPgClient },
    poolErrorHandler: logPoolError,
    connectTimeoutMS: 5000,
  };
}
