import type { ChatAttachment } from '@jcc/contracts';
import { Button, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { downloadDocument, formatFileSize } from '@/lib/document-files';
import { currentLocale } from '@/lib/i18n';
import { useDocumentUrl } from '@/lib/use-document-url';

/** A file sent in the conversation: its name and size, downloaded with the user's token. */
export function AttachmentChip({ attachment }: { attachment: ChatAttachment }) {
  const { t } = useTranslation('documents');
  // Images show a thumbnail in the thread (fetched with the token, like the file itself).
  const { url } = useDocumentUrl(
    attachment.hasThumbnail ? attachment.documentId : null,
    'thumbnail',
  );
  return (
    <Stack gap={4} mt={4}>
      {url && (
        <Image src={url} alt={t('thumbnailAlt', { name: attachment.name })} maw={240} radius="sm" />
      )}
      <Group gap="xs" wrap="nowrap" data-testid="message-attachment">
        <Text size="sm" fw={600} dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {attachment.name}
        </Text>
        <Text size="xs" c="dimmed">
          {formatFileSize(attachment.size, currentLocale())}
        </Text>
        <Button
          size="compact-xs"
          variant="light"
          onClick={() => void downloadDocument(attachment.documentId, attachment.name)}
        >
          {t('download')}
        </Button>
      </Group>
    </Stack>
  );
}
