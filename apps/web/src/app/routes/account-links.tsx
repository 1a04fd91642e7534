import { useSearchParams } from 'react-router';

import { ForgotPasswordPage } from '@/features/account/components/forgot-password-page';
import { ResetPasswordPage } from '@/features/account/components/reset-password-page';
import { UnsubscribePage } from '@/features/account/components/unsubscribe-page';
import { VerifyEmailPage } from '@/features/account/components/verify-email-page';

/** The pages that mails link to (and forgot-password): one chunk, they are small. */
function useToken(): string {
  const [params] = useSearchParams();
  return params.get('token') ?? '';
}

export function VerifyEmailRoute() {
  const token = useToken();
  return <VerifyEmailPage key={token} token={token} />;
}

export function ForgotPasswordRoute() {
  return <ForgotPasswordPage />;
}

export function ResetPasswordRoute() {
  const token = useToken();
  return <ResetPasswordPage key={token} token={token} />;
}

export function UnsubscribeRoute() {
  const token = useToken();
  return <UnsubscribePage key={token} token={token} />;
}
