import { useParams } from 'react-router';

import { CompanyPage } from '@/features/companies/components/company-page';
import { PublicDocuments } from '@/features/documents/components/public-documents';
import { RequestContactButton } from '@/features/contacts/components/request-contact-button';

export function CompanyRoute() {
  const { companyId = '' } = useParams();
  return (
    <>
      <CompanyPage
        key={companyId}
        companyId={companyId}
        renderActions={(company) => <RequestContactButton company={company} />}
      />
      <PublicDocuments key={`documents-${companyId}`} companyId={companyId} />
    </>
  );
}
