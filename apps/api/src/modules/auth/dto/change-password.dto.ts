import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** A signed-in password change: the current password proves it is the account's owner. */
export class ChangePasswordDto {
  @ApiProperty({ maxLength: 128 })
  @IsString()
  @MinLength(1, { message: 'currentPassword is required' })
  @MaxLength(128)
  currentPassword: string;

  @ApiProperty({ minLength: 10, maxLength: 128 })
  @IsString()
  @MinLength(10, { message: 'newPassword must be at least 10 characters' })
  @MaxLength(128, { message: 'newPassword must be at most 128 characters' })
  newPassword: string;
}
