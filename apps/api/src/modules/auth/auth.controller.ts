import { Body, Controller, Get, HttpCode, Patch, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { ApiCreatedWire, ApiOkWire } from '../../openapi/wire-responses';
import type { AuthResponse, PasswordChangedResponse, UserResponse } from '@jcc/contracts';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { JwtAuthGuard } from '../../common/guards/jwt-auth.guard';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { RegisterDto } from './dto/register.dto';
import { UpdateMeDto } from './dto/update-me.dto';
import { LocalAuthGuard } from './local-auth.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @ApiCreatedWire('AuthResponse')
  register(@Body() body: RegisterDto): Promise<AuthResponse> {
    return this.auth.register(body);
  }

  /** The LocalAuthGuard (passport-local) checks the body, the throttle and the password first. */
  @Post('login')
  @ApiOkWire('AuthResponse')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  login(@Req() request: { user: AuthResponse }): AuthResponse {
    return request.user;
  }

  @Post('refresh')
  @ApiOkWire('AuthResponse')
  @HttpCode(200)
  refresh(@Body() body: RefreshTokenDto): Promise<AuthResponse> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(JwtAuthGuard)
  async logout(@CurrentUser() user: AuthUser, @Body() body: RefreshTokenDto): Promise<void> {
    await this.auth.logout(user, body.refreshToken);
  }

  @Get('me')
  @ApiOkWire('UserResponse')
  @ApiBearerAuth()
  @UseGuards(JwtAuthGuard)
  me(@CurrentUser() user: AuthUser): UserResponse {
    // The login id stays on the server.
    const { familyId: _login, ...account } = user;
    return { ...account, emailVerified: user.emailVerified ?? false };
  }

  /**
   * Signed-in password change: 400 with a `currentPassword` field error when the current one is
   * wrong (5 misses in 15 minutes per account, then 429). This login keeps its tokens; every
   * other login is revoked and its sockets are told `password_changed` and disconnected.
   */
  @Post('password')
  @ApiOkWire('PasswordChangedResponse')
  @HttpCode(200)
  @ApiBearerAuth()
  @UseGuards(JwtAuthGuard)
  changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordDto,
  ): Promise<PasswordChangedResponse> {
    return this.auth.changePassword(user, body);
  }

  /** The user's interface language follows them from device to device. */
  @Patch('me')
  @ApiOkWire('UserResponse')
  @ApiBearerAuth()
  @UseGuards(JwtAuthGuard)
  updateMe(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto): Promise<UserResponse> {
    return this.auth.updateMe(user, body);
  }
}
