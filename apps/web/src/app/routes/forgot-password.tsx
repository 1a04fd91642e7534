import { ForgotPasswordPage } from '@/features/account/components/forgot-password-page';

export function ForgotPasswordRoute() {
  return <ForgotPasswordPage />;
}
