import { Box, Grid, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageTitle } from '@/components/ui/page-title';
import { ConversationList } from './conversation-list';
import { ThreadView } from './thread-view';

/** The inbox beside the open thread; on a phone one of the two at a time. */
export function MessagesPage({
  conversationId,
  myUserId,
  myCompanyId,
}: {
  conversationId: string | undefined;
  myUserId: string;
  myCompanyId: string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('messages.title')}</PageTitle>
      <Grid gap="md">
        <Grid.Col
          span={{ base: 12, md: 4 }}
          display={{ base: conversationId ? 'none' : 'block', md: 'block' }}
        >
          <Paper withBorder radius="md" p={4}>
            <ConversationList activeId={conversationId} myCompanyId={myCompanyId} />
          </Paper>
        </Grid.Col>
        <Grid.Col
          span={{ base: 12, md: 8 }}
          display={{ base: conversationId ? 'block' : 'none', md: 'block' }}
        >
          <Box h="calc(100dvh - 220px)" mih={360}>
            {conversationId ? (
              <ThreadView
                key={conversationId}
                conversationId={conversationId}
                myUserId={myUserId}
                myCompanyId={myCompanyId}
              />
            ) : (
              <Paper withBorder radius="md" p="xl" h="100%">
                <Text c="dimmed" ta="center">
                  {t('messages.pickOne')}
                </Text>
              </Paper>
            )}
          </Box>
        </Grid.Col>
      </Grid>
    </>
  );
}
