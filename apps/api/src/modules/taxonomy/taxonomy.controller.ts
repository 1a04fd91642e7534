import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiOkWire } from '../../openapi/wire-responses';
import {
  COUNTRIES,
  HS_CHAPTERS,
  LANGUAGES,
  PARTNERSHIP_TYPES,
  SECTORS,
  SIZE_BANDS,
  type TaxonomyResponse,
} from '@jcc/contracts';

/** Built once: reference data changes only with a release. */
const TAXONOMY: TaxonomyResponse = {
  sectors: SECTORS.map(({ code, name, isic }) => ({ code, name, isic: [...isic] })),
  hsChapters: HS_CHAPTERS.map(({ code, name }) => ({ code, name })),
  partnershipTypes: [...PARTNERSHIP_TYPES],
  sizeBands: SIZE_BANDS.map(({ code, name }) => ({ code, name })),
  languages: LANGUAGES.map(({ code, name }) => ({ code, name })),
  countries: [...COUNTRIES],
};

@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  @Get()
  @ApiOkWire('TaxonomyResponse')
  @Header('Cache-Control', 'public, max-age=3600')
  get(): TaxonomyResponse {
    return TAXONOMY;
  }
}
