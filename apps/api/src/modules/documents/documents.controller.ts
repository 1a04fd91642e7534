import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiNoContentResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentResponse, Page } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { JwtAuthGuard, OptionalJwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { UuidParamPipe } from '../../common/pipes/uuid-param.pipe';
import { ApiCreatedWire, ApiFileResponse, ApiOkWire } from '../../openapi/wire-responses';
import { DocumentsService, type UploadResult } from './documents.service';
import { DownloadDocumentQuery } from './dto/download-document.query';
import { ListDocumentsQuery } from './dto/list-documents.query';
import { UploadDocumentQuery } from './dto/upload-document.query';
import { receiveUpload } from './upload/receive-upload';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @UseGuards(JwtAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Upload a file (PDF, JPEG, PNG, WebP, XLSX, DOCX by content; ≤ 10 MB) to a firm, a conversation or an agreement',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiCreatedWire('DocumentUploadResponse', 'Stored')
  @ApiOkWire('DocumentUploadResponse', 'A retried clientId: the stored document, `created: false`')
  @ApiPayloadTooLargeResponse({ description: 'file_too_large, storage_quota_exceeded' })
  @ApiUnsupportedMediaTypeResponse({ description: 'file_type_not_allowed, unsafe_file' })
  async upload(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() query: UploadDocumentQuery,
    @CurrentUser() user: AuthUser,
  ): Promise<UploadResult> {
    const prepared = await this.documents.prepare(user, query);
    const file = await receiveUpload(request, reply);
    if (prepared.stored) {
      await file.discard();
      void reply.status(200);
      return this.documents.replay(user, prepared);
    }
    const result = await this.documents.store(user, prepared, file);
    if (!result.created) {
      void reply.status(200);
    }
    return result;
  }

  @Get()
  @UseGuards(OptionalJwtAuthGuard)
  @ApiOperation({
    summary:
      "An owner's documents, newest first: a firm's evidence for its members and staff, its public papers for all once verified; a conversation's attachments for its participants",
  })
  @ApiOkWire('DocumentPage')
  list(
    @Query() query: ListDocumentsQuery,
    @CurrentUser() viewer: AuthUser | null,
  ): Promise<Page<DocumentResponse>> {
    return this.documents.list(viewer, query);
  }

  @Get(':id')
  @UseGuards(OptionalJwtAuthGuard)
  @ApiOperation({ summary: "One document's facts (404 for whoever may not see it)" })
  @ApiOkWire('DocumentResponse')
  get(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() viewer: AuthUser | null,
  ): Promise<DocumentResponse> {
    return this.documents.get(viewer, id);
  }

  @Get(':id/content')
  @UseGuards(OptionalJwtAuthGuard)
  @ApiOperation({
    summary:
      'The file, streamed as an attachment with nosniff (restricted files: the download is audited); variant=thumbnail for images',
  })
  @ApiFileResponse('application/octet-stream', 'The file, under its detected content type')
  async content(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: DownloadDocumentQuery,
    @CurrentUser() viewer: AuthUser | null,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.documents.open(viewer, id, query.variant === 'thumbnail');
    void reply.header('X-Content-Type-Options', 'nosniff');
    void reply.header('Cache-Control', 'private, no-store');
    void reply.header('Content-Security-Policy', "default-src 'none'; sandbox");
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: file.disposition,
      length: file.size ?? undefined,
    });
  }

  @Delete(':id')
  @HttpCode(204)
  @UseGuards(JwtAuthGuard)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Delete a document: the row, then the object in the store (audited)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  async remove(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.documents.remove(user, id);
  }
}
