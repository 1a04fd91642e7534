import { useParams } from 'react-router';

import { CompanyPage } from '@/features/companies/components/company-page';
import { PublicDocuments } from '@/features/documents/components/public-documents';
import { FirmPresenceNote } from '@/features/team/components/firm-presence-note';
import { RequestContactButton } from '@/features/contacts/components/request-contact-button';

export function CompanyRoute() {
  const { companyId = '' } = useParams();
  return (
    <>
      <CompanyPage
        key={companyId}
        companyId={companyId}
        renderActions={(company) => (
          <>
            <FirmPresenceNote companyId={company.id} />
            <RequestContactButton company={company} />
          </>
        )}
      />
      <PublicDocuments key={`documents-${companyId}`} companyId={companyId} />
    </>
  );
}
