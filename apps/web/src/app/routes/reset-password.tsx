import { useSearchParams } from 'react-router';

import { ResetPasswordPage } from '@/features/account/components/reset-password-page';

export function ResetPasswordRoute() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return <ResetPasswordPage key={token} token={token} />;
}
