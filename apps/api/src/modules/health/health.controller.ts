import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthStatus, LivenessStatus } from '@jcc/contracts';
import { ApiOkWire } from '../../openapi/wire-responses';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../database/database-errors';

/**
 * Liveness and readiness apart: while the database is away the process is alive (restarting it
 * would not help: it reconnects by itself) but not ready (a load balancer sends traffic elsewhere).
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** Readiness, kept at its old address: 200 `ok` when the database answers, else 503 `degraded`. */
  @Get()
  @ApiOkWire('HealthStatus')
  @ApiServiceUnavailableResponse({ description: '{ status: "degraded", database: "down" }' })
  check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthStatus> {
    return this.readiness(reply);
  }

  @Get('ready')
  @ApiOkWire('HealthStatus')
  @ApiServiceUnavailableResponse({ description: '{ status: "degraded", database: "down" }' })
  ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthStatus> {
    return this.readiness(reply);
  }

  /** Liveness: 200 as long as the process serves HTTP, whatever the database does. */
  @Get('live')
  @ApiOkWire('LivenessStatus')
  live(): LivenessStatus {
    return { status: 'ok' };
  }

  private async readiness(reply: FastifyReply): Promise<HealthStatus> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      void reply
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      return { status: 'degraded', database: 'down' };
    }
  }
}
