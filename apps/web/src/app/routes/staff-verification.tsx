import { EvidenceReview } from '@/features/documents/components/evidence-review';
import { VerificationQueuePage } from '@/features/verification/components/verification-queue-page';

export function StaffVerificationRoute() {
  return (
    <VerificationQueuePage
      renderEvidence={(companyId) => <EvidenceReview companyId={companyId} />}
    />
  );
}
