import { useParams } from 'react-router';

import { StaffMeetingsPage } from '@/features/meetings/components/staff-meetings-page';

export function StaffMeetingsRoute() {
  const { delegationId = '' } = useParams();
  return <StaffMeetingsPage key={delegationId} delegationId={delegationId} />;
}
