import { useNavigate } from 'react-router';

import { NewDelegationPage } from '@/features/delegations/components/new-delegation-page';

export function StaffDelegationNewRoute() {
  const navigate = useNavigate();
  return (
    <NewDelegationPage
      onCreated={(delegation) =>
        void navigate(`/staff/delegations/${delegation.id}`, { replace: true })
      }
      onCancel={() => void navigate('/staff/delegations')}
    />
  );
}
