import type { DocumentResponse } from '@jcc/contracts';
import { Badge, Button, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { downloadDocument, formatFileSize } from '@/lib/document-files';
import { currentLocale } from '@/lib/i18n';
import { useDocumentUrl } from '@/lib/use-document-url';
import { canPreview } from './document-preview';

function Thumbnail({ document }: { document: DocumentResponse }) {
  const { t } = useTranslation('documents');
  const { url } = useDocumentUrl(document.hasThumbnail ? document.id : null, 'thumbnail');
  if (!url) {
    return null;
  }
  return (
    <Image
      src={url}
      alt={t('thumbnailAlt', { name: document.name })}
      w={72}
      h={72}
      fit="cover"
      radius="sm"
    />
  );
}

/** One document as a card (phones too): what it is, its dates, and what the viewer may do. */
export function DocumentCard({
  document,
  onPreview,
  onDelete,
}: {
  document: DocumentResponse;
  onPreview: (document: DocumentResponse) => void;
  onDelete?: (document: DocumentResponse) => void;
}) {
  const { t } = useTranslation('documents');
  const locale = currentLocale();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
  const ready = document.scanStatus === 'clean';
  return (
    <Paper withBorder radius="md" p="sm" component="article" data-testid="document-card">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {document.hasThumbnail && ready && <Thumbnail document={document} />}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} dir="auto" style={{ overflowWrap: 'anywhere' }}>
            {document.name}
          </Text>
          <Group gap={6}>
            <Badge variant="light" color="gray" tt="none">
              {document.paper
                ? t(`papers.${document.paper}`)
                : t(`categories.${document.category}`)}
            </Badge>
            {document.expired && (
              <Badge color="red" variant="filled" tt="none" data-testid="expired-badge">
                {t('expired')}
              </Badge>
            )}
            {document.scanStatus === 'pending' && (
              <Badge color="yellow" variant="light" tt="none">
                {t('pending')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {formatFileSize(document.size, locale)} ·{' '}
            {t('addedOn', { date: date(document.createdAt) })}
          </Text>
          {document.issuer && (
            <Text size="sm" dir="auto">
              {t('issuedBy', { issuer: document.issuer })}
            </Text>
          )}
          {document.expiresOn && (
            <Text size="sm" c={document.expired ? 'red.8' : undefined}>
              {t('validUntil', { date: date(`${document.expiresOn}T00:00:00Z`) })}
            </Text>
          )}
          <Group gap="xs" mt={4}>
            {canPreview(document) && ready && (
              <Button size="xs" variant="light" onClick={() => onPreview(document)}>
                {t('preview')}
              </Button>
            )}
            {ready && (
              <Button
                size="xs"
                variant="default"
                onClick={() => void downloadDocument(document.id, document.name)}
              >
                {t('download')}
              </Button>
            )}
            {onDelete && (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                c="#a11010"
                onClick={() => onDelete(document)}
              >
                {t('delete')}
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
