import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LinkTokenDto {
  @ApiProperty({ description: 'The token from the link in the mail' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;
}

export class AccountEmailDto {
  @ApiProperty({ example: 'export@crescent-sports.pk' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto extends LinkTokenDto {
  @ApiProperty({ minLength: 10, maxLength: 128 })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(128, { message: 'password must be at most 128 characters' })
  password: string;
}

export class AcceptedResponseDto {
  @ApiProperty({
    description:
      'Always true: the same answer whether an account has the address or not (a mail is sent only when it has)',
  })
  accepted: boolean;
}

export class DoneResponseDto {
  @ApiProperty()
  ok: boolean;
}
