import { ContactRequestsPage } from '@/features/contacts/components/contact-requests-page';

export function ContactsRoute() {
  return <ContactRequestsPage />;
}
