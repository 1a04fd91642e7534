import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import wireSchemas from '@jcc/contracts/wire-schemas.json';

/**
 * The API's OpenAPI document: served at /api/docs-json and the source of the web's types. Its
 * response schemas are the wire types of `@jcc/contracts`, generated from their TypeScript
 * (`libs/contracts/wire-schemas.json`) and referenced by the handlers' `ApiOkWire` decorators.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Pakistan–Azerbaijan Joint Chamber B2B API')
      .setDescription('Accounts, company profiles, matching, chat and chamber work.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: {
      ...(wireSchemas as OpenAPIObject['components'] & object),
      ...document.components?.schemas,
    },
  };
  return document;
}
