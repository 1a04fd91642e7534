import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The API's OpenAPI document: served at /api/docs-json and the source of the web's types. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Pakistan–Azerbaijan Joint Chamber B2B API')
      .setDescription('Accounts, company profiles, matching, chat and chamber work.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}
