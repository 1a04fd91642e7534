import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter';
import { RateLimitsModule } from './common/rate-limits/rate-limits.module';
import { WriteLimitInterceptor } from './common/rate-limits/write-limit.interceptor';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/app-config.module';
import { validateEnvironment } from './config/environment';
import { dataSourceOptions } from './database/data-source-options';
import { unitOfWorkModule } from './database/unit-of-work';
import { AgreementsModule } from './modules/agreements/agreements.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { TeamModule } from './modules/team/team.module';
import { ChatModule } from './modules/chat/chat.module';
import { CompaniesModule } from './modules/companies/companies.module';
import { DocumentsModule } from './modules/documents/documents.module';
import { DelegationsModule } from './modules/delegations/delegations.module';
import { HealthModule } from './modules/health/health.module';
import { ImportsModule } from './modules/imports/imports.module';
import { MailModule } from './modules/mail/mail.module';
import { MatchingModule } from './modules/matching/matching.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { OpportunitiesModule } from './modules/opportunities/opportunities.module';
import { StatsModule } from './modules/stats/stats.module';
import { TaxonomyModule } from './modules/taxonomy/taxonomy.module';
import { UserRolesModule } from './modules/user-roles/user-roles.module';
import { UsersModule } from './modules/users/users.module';
import { VerificationModule } from './modules/verification/verification.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          validate: validateEnvironment,
        }),
        AppConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.env.LOG_LEVEL,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            // Health probes every few seconds would drown the useful lines.
            autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/api/health') },
          },
        }),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl)),
        unitOfWorkModule(),
        RateLimitsModule,
        MailModule.forRoot(config),
        HealthModule,
        TaxonomyModule,
        UsersModule,
        AuthModule,
        CompaniesModule,
        MatchingModule,
        AuditModule,
        VerificationModule,
        ImportsModule,
        DelegationsModule,
        MeetingsModule,
        StatsModule,
        ChatModule,
        OpportunitiesModule,
        NotificationsModule,
        DocumentsModule,
        AgreementsModule,
        TeamModule,
        UserRolesModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // Bound to the write routes only, by bindWriteLimit (app.factory.ts).
        WriteLimitInterceptor,
      ],
    };
  }
}
