import { SetMetadata } from '@nestjs/common';
import type { Role } from '@jcc/contracts';

export const ROLES_KEY = 'roles';
/** Restricts a route to these roles (checked by RolesGuard after authentication). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
