import {
  HS_CHAPTER_CODES,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_LIMITS,
  SECTOR_CODES,
  type HsChapterCode,
  type OpportunityKind,
  type OpportunityResponse,
  type SectorCode,
} from '@jcc/contracts';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { PageTitle } from '@/components/ui/page-title';
import { isApiError } from '@/lib/api-error';
import { toFormErrors } from '@/lib/api-messages';
import { useLabels } from '@/lib/labels';
import { useCreateOpportunity } from '../api/create-opportunity';
import { useUpdateOpportunity } from '../api/update-opportunity';

const { title: TITLE, summary: SUMMARY, sectors: SECTORS } = OPPORTUNITY_LIMITS;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Post an opportunity": saved as a draft, or sent straight to the chamber's review. With
 * `initial`, the same form edits one (a published one goes back to review when saved).
 */
export function PostOpportunityForm({ initial }: { initial?: OpportunityResponse }) {
  const { t } = useTranslation('opportunities');
  const { t: tc } = useTranslation();
  const { label, hs } = useLabels();
  const navigate = useNavigate();
  const created = useCreateOpportunity();
  const updated = useUpdateOpportunity();
  const create = initial ? updated : created;
  const [kind, setKind] = useState<OpportunityKind>(initial?.kind ?? 'business_offer');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [sectors, setSectors] = useState<string[]>(initial?.sectors ?? []);
  const [hsChapters, setHsChapters] = useState<string[]>(initial?.hsChapters ?? []);
  const [deadline, setDeadline] = useState(initial?.deadline ?? '');
  const [local, setLocal] = useState<Record<string, string>>({});

  const server =
    create.error && isApiError(create.error, 400) ? toFormErrors(tc, create.error.fieldErrors) : {};
  const errors = { ...server, ...local };
  const notVerified = isApiError(create.error, 403);

  const send = (submit: boolean) => {
    const problems: Record<string, string> = {};
    if (title.trim().length < TITLE.min) {
      problems.title = tc('validation.minLength', { count: TITLE.min });
    }
    if (summary.trim().length < SUMMARY.min) {
      problems.summary = tc('validation.minLength', { count: SUMMARY.min });
    }
    if (sectors.length < SECTORS.min) {
      problems.sectors = tc('validation.minItems', { count: SECTORS.min });
    }
    if (!deadline || deadline < today()) {
      problems.deadline = t('form.deadlinePast');
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0) {
      return;
    }
    const fields = {
      kind,
      title: title.trim(),
      summary: summary.trim(),
      sectors: sectors as SectorCode[],
      hsChapters: hsChapters as HsChapterCode[],
      deadline,
    };
    const done = { onSuccess: () => void navigate('/opportunities/mine') };
    if (initial) {
      updated.mutate({ id: initial.id, patch: fields, submit }, done);
    } else {
      created.mutate({ ...fields, submit }, done);
    }
  };

  return (
    <>
      <PageTitle>{initial ? t('form.editTitle') : t('form.title')}</PageTitle>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send(true);
        }}
        noValidate
      >
        <Stack maw={720}>
          {notVerified && (
            <Alert color="yellow" role="alert" c="dark.8">
              {t('form.notVerified')}
            </Alert>
          )}
          {create.isError && !notVerified && !isApiError(create.error, 400) && (
            <Alert color="red" role="alert" c="dark.8">
              {t('interest.failed')}
            </Alert>
          )}
          <NativeSelect
            label={t('form.kind')}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as OpportunityKind)}
            data={OPPORTUNITY_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          />
          <TextInput
            label={t('form.titleField')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            maxLength={TITLE.max}
            required
            error={errors.title}
            dir="auto"
          />
          <Textarea
            label={t('form.summary')}
            description={t('form.summaryHint')}
            value={summary}
            onChange={(event) => setSummary(event.currentTarget.value)}
            maxLength={SUMMARY.max}
            autosize
            minRows={5}
            required
            error={errors.summary}
            dir="auto"
          />
          <MultiSelect
            label={t('form.sectors')}
            data={SECTOR_CODES.map((code) => ({ value: code, label: label('sector', code) }))}
            value={sectors}
            onChange={setSectors}
            maxValues={SECTORS.max}
            searchable
            required
            error={errors.sectors}
          />
          <MultiSelect
            label={t('form.hs')}
            data={HS_CHAPTER_CODES.map((code) => ({ value: code, label: hs(code) }))}
            value={hsChapters}
            onChange={setHsChapters}
            maxValues={OPPORTUNITY_LIMITS.hsChapters.max}
            searchable
            error={errors.hsChapters}
          />
          <TextInput
            type="date"
            label={t('form.deadline')}
            value={deadline}
            min={today()}
            onChange={(event) => setDeadline(event.currentTarget.value)}
            required
            error={errors.deadline}
            w={220}
          />
          <Group gap="sm">
            <Button type="submit" loading={create.isPending}>
              {t('form.submit')}
            </Button>
            {initial?.status !== 'published' && (
              <Button variant="default" onClick={() => send(false)} disabled={create.isPending}>
                {t('form.saveDraft')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </>
  );
}
