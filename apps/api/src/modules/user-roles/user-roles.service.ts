import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { Page, Role, UserResponse } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { ConflictError, NotFoundError } from '../../common/errors/domain-error';
import { cursorFields, decodeCursor } from '../../common/pagination/cursor';
import { keysetPage } from '../../common/pagination/keyset-page';
import { AuditService } from '../audit/audit.service';
import { SessionSockets } from '../auth/session-sockets';
import { TokensService } from '../auth/tokens.service';
import { toUserResponse, UsersService } from '../users/users.service';
import type { ListUsersQuery } from './dto/user-roles.dto';

/**
 * Admins set an account's platform role (member, staff, admin). A new role takes effect at once:
 * every login of the account is revoked (its access tokens stop at the next request) and its
 * sockets are told `role_changed` and disconnected on every process, so no socket keeps the
 * rooms (staff room, firm room) of the role it had.
 */
@Injectable()
export class UserRolesService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokensService,
    private readonly sessions: SessionSockets,
    private readonly audit: AuditService,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  async list(query: ListUsersQuery): Promise<Page<UserResponse>> {
    const after = query.cursor
      ? decodeCursor(query.cursor, { at: cursorFields.timestamp, id: cursorFields.uuid })
      : null;
    return keysetPage(
      query,
      (limit) => this.users.listForAdmin({ q: query.q, role: query.role }, after, limit),
      {
        items: (rows) => rows.map((row) => toUserResponse(row)),
        key: (row) => ({ at: row.createdAt.toISOString(), id: row.id }),
      },
    );
  }

  async changeRole(admin: AuthUser, userId: string, role: Role): Promise<UserResponse> {
    if (userId === admin.id) {
      throw new ConflictError('Another admin must change your role', 'own_role');
    }
    const changed = await this.txHost.withTransaction(async () => {
      const { admins, user } = await this.users.lockForRoleChange(userId);
      if (!user) {
        throw new NotFoundError('User');
      }
      if (user.role === role) {
        return false;
      }
      if (role !== 'member' && user.companyId) {
        throw new ConflictError(
          'This account belongs to a firm: chamber staff and admins have no firm',
          'role_needs_no_company',
        );
      }
      if (user.role === 'admin' && admins.filter((id) => id !== userId).length === 0) {
        throw new ConflictError('The platform needs at least one admin', 'last_admin');
      }
      await this.users.setRole(userId, role);
      await this.tokens.revokeAllOfUsers([userId]);
      await this.audit.record(admin, {
        action: 'user.role_change',
        target: { type: 'user', id: userId },
        before: { role: user.role },
        after: { role },
      });
      return true;
    });
    if (changed) {
      // Committed: the handshake refuses the revoked logins, so nothing reconnects with the old role.
      this.sessions.endUser(userId, 'role_changed');
    }
    const user = await this.users.findById(userId);
    if (!user) {
      throw new NotFoundError('User');
    }
    return toUserResponse(user);
  }
}
