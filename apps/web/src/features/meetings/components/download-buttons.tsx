import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useDownloadMeetingFile, type MeetingFile } from '../api/meetings-files';
import { meetingErrorText } from '../lib/meeting-errors';

/** Buttons that fetch a visit's files with the bearer token and save them. */
export function DownloadButtons({
  delegationId,
  files,
  companyId,
}: {
  delegationId: string;
  files: MeetingFile[];
  companyId?: string;
}) {
  const { t } = useTranslation('meetings');
  const download = useDownloadMeetingFile(delegationId);
  return (
    <>
      <Group gap="xs">
        {files.map((file) => (
          <Button
            key={file}
            size="xs"
            variant="default"
            loading={download.isPending && download.variables?.file === file}
            onClick={() => download.mutate({ file, companyId })}
            data-testid={`download-${file}`}
          >
            {t(`files.${file.replace(/[.-]/g, '_')}`)}
          </Button>
        ))}
      </Group>
      {download.error && (
        <Alert color="red" role="alert">
          {meetingErrorText(t, download.error)}
        </Alert>
      )}
    </>
  );
}
