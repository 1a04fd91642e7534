import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { weakSecretReason } from './secret-strength';

const toNumber = ({ value }: { value: unknown }) => (value === undefined ? value : Number(value));
const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;

/** Every setting the API reads from its environment, checked once at start. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** Loopback by default: a laptop's API is not for the whole café Wi-Fi. Docker sets 0.0.0.0. */
  @IsString()
  HOST = '127.0.0.1';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toNumber)
  @IsInt()
  @Min(60)
  JWT_ACCESS_TTL_SECONDS = 15 * 60;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  REFRESH_TOKEN_TTL_DAYS = 30;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  LOGIN_ATTEMPTS_PER_MINUTE = 10;

  /** Prefix of the Redis keys and channels of the socket.io adapter (one per deployment). */
  @IsString()
  @Matches(/^[\w.:-]+$/, { message: 'REDIS_KEY_PREFIX may hold letters, digits and _ . : -' })
  REDIS_KEY_PREFIX = 'jcc';

  /** Chat: at most this many messages per user per window (message:send and REST alike). */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  CHAT_MESSAGES_PER_WINDOW = 20;

  @Transform(toNumber)
  @IsInt()
  @Min(1)
  CHAT_RATE_WINDOW_SECONDS = 10;

  /**
   * Writes (POST/PATCH/PUT/DELETE but sign-in, refresh and logout) per signed-in user, or per
   * client address when anonymous (registration), per minute; shared through Redis when set.
   */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  WRITES_PER_MINUTE = 120;

  /**
   * Agreements: every API process looks this often for commitments past their due date and
   * raises one reminder each (0 turns the sweep off in this process).
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  AGREEMENT_REMINDER_INTERVAL_SECONDS = 300;

  /**
   * Chat: every API process looks this often for members of offline firms with unread messages
   * and mails one digest per conversation (at most one an hour; 0 turns the sweep off here).
   */
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  MESSAGE_DIGEST_INTERVAL_SECONDS = 60;

  /** Comma-separated origins allowed to open sockets and call the API from a browser. */
  @IsOptional()
  @IsString()
  ALLOWED_ORIGINS?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Fastify's `trustProxy`: unset (default) trusts no proxy and uses the socket's address; `true`
   * trusts every hop; a number trusts that many hops; otherwise a comma-separated list of proxy
   * addresses or CIDRs. Set it behind a reverse proxy, or every user shares the proxy's address
   * (and its login-failure counter).
   */
  @IsOptional()
  @IsString()
  @Matches(/^(true|false|\d+|[\w.:/,\s-]+)$/, {
    message: 'TRUST_PROXY must be true, a hop count or addresses',
  })
  TRUST_PROXY?: string;

  /**
   * Outgoing mail server, e.g. smtp://user:pass@smtp.example.com:587 or smtps://…:465. Unset
   * outside production: an in-process catcher receives every mail (development mailbox).
   * Required when NODE_ENV=production.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The From of every mail: an address, or `Name <address>`. */
  @IsString()
  @Matches(/^([^<>]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, {
    message: 'MAIL_FROM must be an address or "Name <address>"',
  })
  MAIL_FROM = 'PAK-AZ Joint Chamber <no-reply@jcc.localhost>';

  /**
   * The address mails tell a firm to write to about its membership (a suspension notice).
   * Unset: the address of MAIL_FROM.
   */
  @IsOptional()
  @Matches(/^[^<>@\s]+@[^<>@\s]+$/, { message: 'CHAMBER_CONTACT_EMAIL must be an address' })
  CHAMBER_CONTACT_EMAIL?: string;

  /** The public address of the web app, used in links inside mails (default http://localhost:PORT). */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'APP_URL must be an http(s):// URL' })
  APP_URL?: string;

  /**
   * Run the mail sender in this process. Several processes may all run it (rows are claimed with
   * FOR UPDATE SKIP LOCKED); turn it off for one-shot commands.
   */
  @Transform(toBoolean)
  @IsBoolean()
  MAIL_WORKER = true;

  /** How often the mail sender looks for due mails, in milliseconds. */
  @Transform(toNumber)
  @IsInt()
  @Min(50)
  MAIL_POLL_MS = 2000;
  /** Documents on local disk: the folder (default `./.data/files`, beside the embedded Postgres). */
  @IsOptional()
  @IsString()
  FILES_DIR?: string;

  /**
   * Documents on S3-compatible storage (MinIO, AWS S3, …) instead of the disk: set the endpoint,
   * the bucket and both keys. The bucket must exist.
   */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'S3_ENDPOINT must be an http(s):// URL' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  /** Path-style bucket URLs (MinIO and most self-hosted servers need them). */
  @Transform(toBoolean)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

  /** Storage each firm may use for its documents and chat attachments, in megabytes. */
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  DOCUMENTS_QUOTA_MB_PER_FIRM = 200;

  /** A clamd to scan every upload (`tcp://host:3310`); off when unset. */
  @IsOptional()
  @Matches(/^tcp:\/\/[^:/]+:\d+$/, { message: 'CLAMAV_URL must look like tcp://host:3310' })
  CLAMAV_URL?: string;

  /** Seed 200 demo firms when the database has none (npm start on a new machine). */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_DATA = true;
}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const present = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''),
  );
  const environment = plainToInstance(Environment, present, { exposeDefaultValues: true });
  const errors = validateSync(environment, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((error) =>
      Object.values(error.constraints ?? {}).map((message) => `  ${error.property}: ${message}`),
    );
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  if (environment.NODE_ENV === 'production' && !environment.JWT_SECRET) {
    throw new Error('Invalid environment:\n  JWT_SECRET: required when NODE_ENV=production');
  }
  if (environment.NODE_ENV === 'production' && !environment.SMTP_URL) {
    throw new Error(
      'Invalid environment:\n  SMTP_URL: required when NODE_ENV=production (the development mail catcher never runs in production)',
    );
  }
  const weakness =
    environment.NODE_ENV === 'production' ? weakSecretReason(environment.JWT_SECRET ?? '') : null;
  if (weakness) {
    throw new Error(`Invalid environment:\n  JWT_SECRET: ${weakness}`);
  }
  return environment;
}
