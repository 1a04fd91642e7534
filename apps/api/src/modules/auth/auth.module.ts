import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { UsersModule } from '../users/users.module';
import { AccountLinksController } from './account/account-links.controller';
import { AccountLinksService } from './account/account-links.service';
import { AccountRequestLimits } from './account/account-request-limits';
import { AccountTokensRepository } from './account/account-tokens.repository';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { PasswordChangeThrottle } from './password-change-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { SessionSockets } from './session-sockets';
import { SignInGate } from './sign-in-gate';
import { JwtStrategy } from './strategies/jwt.strategy';
import { LocalStrategy } from './strategies/local.strategy';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    UsersModule,
    PassportModule,
    TypeOrmModule.forFeature([RefreshTokenEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: 'HS256', expiresIn: config.env.JWT_ACCESS_TTL_SECONDS },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  controllers: [AuthController, AccountLinksController],
  providers: [
    AuthService,
    AccountLinksService,
    AccountTokensRepository,
    AccountRequestLimits,
    PasswordHasher,
    TokensService,
    RefreshTokensRepository,
    LoginThrottle,
    PasswordChangeThrottle,
    SessionSockets,
    SignInGate,
    LocalStrategy,
    JwtStrategy,
  ],
  exports: [AuthService, PasswordHasher, TokensService, SessionSockets, SignInGate],
})
export class AuthModule {}
