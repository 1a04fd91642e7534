import { useSearchParams } from 'react-router';

import { VerifyEmailPage } from '@/features/account/components/verify-email-page';

export function VerifyEmailRoute() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return <VerifyEmailPage key={token} token={token} />;
}
