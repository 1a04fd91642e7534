import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class DownloadDocumentQuery {
  @ApiPropertyOptional({ enum: ['original', 'thumbnail'], default: 'original' })
  @IsOptional()
  @IsIn(['original', 'thumbnail'], { message: 'variant must be original or thumbnail' })
  variant?: 'original' | 'thumbnail';
}
