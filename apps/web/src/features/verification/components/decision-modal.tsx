import { EVIDENCE_PAPERS, type EvidencePaper } from '@jcc/contracts';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '@/components/ui/page-states';

export const NOTE_MAX_LENGTH = 1000;

export type DecisionKind = 'verified' | 'rejected';

/**
 * Verify or reject one firm or many, with a note the firms see. A note is required to reject
 * (the firm must learn why), optional to verify.
 */
export function DecisionModal({
  decision,
  subject,
  onSubmit,
  onClose,
  pending,
  error,
  canAskForPapers = false,
}: {
  decision: DecisionKind | null;
  /** Whom the decision is about: a firm's name or "3 firms". */
  subject: string;
  /** A refusal of one firm may ask it for missing papers. */
  onSubmit: (note: string, papers: EvidencePaper[]) => void;
  canAskForPapers?: boolean;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const { t: tDocuments } = useTranslation('documents');
  const [note, setNote] = useState('');
  const [papers, setPapers] = useState<EvidencePaper[]>([]);
  const [touched, setTouched] = useState(false);
  const trimmed = note.trim();
  const problem =
    decision === 'rejected' && trimmed === ''
      ? t('verification.noteRequired')
      : trimmed.length > NOTE_MAX_LENGTH
        ? t('validation.maxLength', { count: NOTE_MAX_LENGTH })
        : null;

  const close = () => {
    setNote('');
    setTouched(false);
    onClose();
  };

  return (
    <Modal
      opened={decision !== null}
      onClose={close}
      centered
      title={
        decision === 'rejected'
          ? t('verification.rejectTitle', { subject })
          : t('verification.verifyTitle', { subject })
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!problem) {
            onSubmit(trimmed, decision === 'rejected' ? papers : []);
          }
        }}
        noValidate
      >
        <Stack>
          <Text size="sm">
            {decision === 'rejected'
              ? t('verification.rejectExplain')
              : t('verification.verifyExplain')}
          </Text>
          {error !== null && error !== undefined && (
            <Alert color="red" role="alert">
              {t(errorMessageKey(error))}
            </Alert>
          )}
          <Textarea
            label={t('verification.note')}
            description={t('verification.noteHint')}
            required={decision === 'rejected'}
            autosize
            minRows={3}
            value={note}
            error={touched ? problem : undefined}
            onChange={(event) => setNote(event.currentTarget.value)}
            data-autofocus
            data-testid="decision-note"
          />
          {decision === 'rejected' && canAskForPapers && (
            <Checkbox.Group
              label={tDocuments('askForPapers')}
              description={tDocuments('askForPapersHint')}
              value={papers}
              onChange={(values) => setPapers(values)}
              data-testid="ask-for-papers"
            >
              <Stack gap={6} mt={6}>
                {EVIDENCE_PAPERS.map((paper) => (
                  <Checkbox key={paper} value={paper} label={tDocuments(`papers.${paper}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button
              type="submit"
              color={decision === 'rejected' ? 'red.8' : undefined}
              loading={pending}
              data-testid="decision-submit"
            >
              {decision === 'rejected' ? t('verification.reject') : t('verification.verify')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
