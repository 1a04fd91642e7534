import type { DataSourceOptions } from 'typeorm';
import { CompanyEntity } from '../modules/companies/company.entity';
import { RefreshTokenEntity } from '../modules/auth/refresh-token.entity';
import { UserEntity } from '../modules/users/user.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [UserEntity, RefreshTokenEntity, CompanyEntity];

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
    extra: { max: 20 },
  };
}
