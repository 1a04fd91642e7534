import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@jcc/contracts';
import type { AuthUser } from '../auth-user';
import { ROLES_KEY } from '../decorators/roles.decorator';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-error';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles || roles.length === 0) {
      return true;
    }
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) {
      throw new UnauthorizedError();
    }
    if (!roles.includes(user.role)) {
      throw new ForbiddenError();
    }
    return true;
  }
}
