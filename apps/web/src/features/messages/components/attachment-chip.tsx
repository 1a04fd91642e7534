import type { ChatAttachment } from '@jcc/contracts';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { downloadDocument, formatFileSize } from '@/lib/document-files';
import { currentLocale } from '@/lib/i18n';

/** A file sent in the conversation: its name and size, downloaded with the user's token. */
export function AttachmentChip({ attachment }: { attachment: ChatAttachment }) {
  const { t } = useTranslation('documents');
  return (
    <Group gap="xs" mt={4} wrap="nowrap" data-testid="message-attachment">
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
  );
}
