import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { InvalidInputError, UnauthorizedError } from '../../common/errors/domain-error';
import { toFieldErrors } from '../../common/errors/validation-errors';
import { findNulCharacter, NUL_CHARACTER_MESSAGE } from '../../common/pipes/nul-characters';
import { LoginDto } from './dto/login.dto';

/**
 * Guards run before pipes, so the body is validated here: a malformed sign-in gets the same
 * field-level 400 as any other endpoint instead of passport's bare 401.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<{ body: unknown }>().body;
    const dto = plainToInstance(LoginDto, body ?? {});
    const errors =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? await validate(dto, { whitelist: true, forbidNonWhitelisted: true })
        : null;
    if (errors === null) {
      throw InvalidInputError.field('body', 'body must be a JSON object');
    }
    const nulField = findNulCharacter(body);
    if (nulField) {
      throw InvalidInputError.field(nulField, `${nulField} ${NUL_CHARACTER_MESSAGE}`);
    }
    if (errors.length > 0) {
      throw new InvalidInputError(toFieldErrors(errors));
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error instanceof Error) {
      throw error;
    }
    if (!user) {
      throw new UnauthorizedError('Wrong e-mail or password', 'invalid_credentials');
    }
    return user;
  }
}
