import type { SessionRevokedReason } from '@jcc/contracts';
import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

/**
 * The server ended this socket's session (logout elsewhere, a revoked login, a password or role
 * change, a suspended firm): say why, once, in the user's language.
 */
export function showSessionRevoked(reason: SessionRevokedReason): void {
  notifications.show({
    id: `session-revoked-${reason}`,
    color: reason === 'role_changed' ? 'blue' : 'orange',
    message: i18next.t(`auth.sessionRevoked.${reason}`),
    // Mantine's close button is an icon alone: name it, or screen readers say only "button".
    closeButtonProps: { 'aria-label': i18next.t('action.close') },
  });
}
