import { PUBLIC_COMPANY_CATEGORIES } from '@jcc/contracts';
import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { formatFileSize } from '@/lib/document-files';
import { currentLocale } from '@/lib/i18n';
import { useDocumentUsage, usePaperRequests } from '../api/get-company-papers';
import { useDocuments } from '../api/get-documents';
import { DocumentList } from './document-list';
import { UploadForm } from './upload-form';

const PUBLIC: readonly string[] = PUBLIC_COMPANY_CATEGORIES;

/** The firm's own documents on its profile page: papers for the chamber, and public ones. */
export function CompanyDocumentsPanel({ companyId }: { companyId: string }) {
  const { t } = useTranslation('documents');
  const documents = useDocuments({ ownerKind: 'company', ownerId: companyId });
  const usage = useDocumentUsage(companyId);
  const requests = usePaperRequests(companyId);
  const locale = currentLocale();
  const all = documents.data?.items ?? [];
  const open = (requests.data?.items ?? []).filter(
    (request) => request.provided.length < request.papers.length,
  );

  return (
    <Stack gap="lg" mt="xl" data-testid="company-documents">
      {open.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={t('requestedTitle')}
          data-testid="paper-requests"
        >
          {open.map((request) => (
            <Stack key={request.id} gap={4}>
              {request.note && (
                <Text size="sm" dir="auto">
                  “{request.note}”
                </Text>
              )}
              <List size="sm">
                {request.papers.map((paper) => (
                  <List.Item key={paper}>
                    {t(`papers.${paper}`)} —{' '}
                    {request.provided.includes(paper) ? t('provided') : t('missing')}
                  </List.Item>
                ))}
              </List>
            </Stack>
          ))}
        </Alert>
      )}
      {usage.data && (
        <Group>
          <Badge variant="light" color="gray" tt="none" size="lg">
            {t('usage', {
              used: formatFileSize(usage.data.usedBytes, locale),
              quota: formatFileSize(usage.data.quotaBytes, locale),
            })}
          </Badge>
        </Group>
      )}
      {documents.isPending && <LoadingState />}
      {documents.isError && (
        <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
      )}
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('evidenceTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('evidenceHint')}
          </Text>
          <UploadForm companyId={companyId} kind="evidence" />
          <DocumentList documents={all.filter((item) => item.category === 'evidence')} canDelete />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('publicTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('publicHint')}
          </Text>
          <UploadForm companyId={companyId} kind="public" />
          <DocumentList
            documents={all.filter((item) => PUBLIC.includes(item.category))}
            canDelete
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
