import { PUBLIC_COMPANY_CATEGORIES, EVIDENCE_PAPERS, type EvidencePaper } from '@jcc/contracts';
import { Group, Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useUploadDocument, type UploadTarget } from '../api/upload-document';
import { uploadErrorKey } from '../lib/check-file';
import { DocumentDropzone } from './document-dropzone';

type PublicCategory = (typeof PUBLIC_COMPANY_CATEGORIES)[number];

/**
 * Adds a firm's document: evidence (which paper) or a public one (catalogue, certificate with
 * issuer and expiry, price list); the drop zone sends as soon as a file is chosen.
 */
export function UploadForm({
  companyId,
  kind,
}: {
  companyId: string;
  kind: 'evidence' | 'public';
}) {
  const { t } = useTranslation('documents');
  const upload = useUploadDocument();
  const [paper, setPaper] = useState<EvidencePaper>('ntn_certificate');
  const [category, setCategory] = useState<PublicCategory>('certificate');
  const [issuer, setIssuer] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);

  const target = (): UploadTarget =>
    kind === 'evidence'
      ? { ownerKind: 'company', ownerId: companyId, category: 'evidence', paper }
      : {
          ownerKind: 'company',
          ownerId: companyId,
          category,
          ...(category === 'certificate' && issuer.trim() ? { issuer: issuer.trim() } : {}),
          ...(category === 'certificate' && expiresOn ? { expiresOn } : {}),
        };

  const send = (file: File) => {
    setFileName(file.name);
    upload.mutate(
      { target: target(), file },
      {
        onSuccess: ({ document }) => {
          notifications.show({ color: 'teal', message: t('uploaded', { name: document.name }) });
          setIssuer('');
          setExpiresOn('');
        },
      },
    );
  };

  return (
    <>
      {kind === 'evidence' ? (
        <Select
          label={t('paperLabel')}
          data={EVIDENCE_PAPERS.map((value) => ({ value, label: t(`papers.${value}`) }))}
          value={paper}
          onChange={(value) => value && setPaper(value)}
          allowDeselect={false}
          data-testid="paper-select"
        />
      ) : (
        <Group grow align="flex-start" wrap="wrap">
          <Select
            label={t('categoryLabel')}
            data={PUBLIC_COMPANY_CATEGORIES.map((value) => ({
              value,
              label: t(`categories.${value}`),
            }))}
            value={category}
            onChange={(value) => value && setCategory(value)}
            allowDeselect={false}
            data-testid="category-select"
            miw={180}
          />
          {category === 'certificate' && (
            <>
              <TextInput
                label={t('issuerLabel')}
                value={issuer}
                maxLength={200}
                onChange={(event) => setIssuer(event.currentTarget.value)}
                data-testid="issuer-input"
                miw={180}
              />
              <TextInput
                type="date"
                label={t('expiresLabel')}
                description={t('expiresHint')}
                value={expiresOn}
                onChange={(event) => setExpiresOn(event.currentTarget.value)}
                data-testid="expires-input"
                miw={160}
              />
            </>
          )}
        </Group>
      )}
      <DocumentDropzone
        testId={`dropzone-${kind}`}
        onFile={send}
        uploading={upload.isPending}
        progress={upload.progress}
        fileName={fileName}
        onCancel={upload.cancel}
        problem={
          upload.isError && fileName ? { key: uploadErrorKey(upload.error), name: fileName } : null
        }
      />
    </>
  );
}
