import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/page-states';
import { PageTitle } from '@/components/ui/page-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('error.notFoundTitle')}</PageTitle>
      <EmptyState
        title={t('error.notFound')}
        action={
          <Button component={Link} to="/">
            {t('nav.home')}
          </Button>
        }
      />
    </>
  );
}
