import { Title, type TitleProps } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's h1; it also names the browser tab, so screen readers announce where one landed.
 * `isolate` puts a name (a firm's, a delegation's) in <bdi>: the heading keeps the page's
 * direction, so an English name in an Urdu page sits on the right, unscrambled.
 */
export function PageTitle({
  children,
  isolate,
  ...props
}: TitleProps & { children: string; isolate?: boolean }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} · ${t('app.shortName')}`;
  }, [children, t]);
  return (
    <Title order={1} size="h2" mb="md" {...props}>
      {isolate ? <bdi>{children}</bdi> : children}
    </Title>
  );
}
