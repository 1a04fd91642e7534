import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { AuthResponse } from '@jcc/contracts';
import { AuthService } from '../auth.service';

/** E-mail and password sign-in; what it attaches to the request is the whole sign-in answer. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: { ip: string }, email: string, password: string): Promise<AuthResponse> {
    return this.auth.login(email, password, request.ip);
  }
}
