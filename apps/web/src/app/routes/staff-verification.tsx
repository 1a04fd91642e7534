import { VerificationQueuePage } from '@/features/verification/components/verification-queue-page';

export function StaffVerificationRoute() {
  return <VerificationQueuePage />;
}
