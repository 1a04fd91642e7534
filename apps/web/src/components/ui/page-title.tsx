import { Title, type TitleProps } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's h1; it also names the browser tab, so screen readers announce where one landed. */
export function PageTitle({ children, ...props }: TitleProps & { children: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} · ${t('app.shortName')}`;
  }, [children, t]);
  return (
    <Title order={1} size="h2" mb="md" {...props}>
      {children}
    </Title>
  );
}
