import { PROGRAMME_BLOCK_KINDS, SLOT_MINUTES, type ProgrammeResponse } from '@jcc/contracts';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { usePutProgramme } from '../api/meetings-mutations';
import { meetingErrorText } from '../lib/meeting-errors';
import {
  emptyForm,
  toForm,
  toProgrammeInput,
  type BlockRow,
  type ProgrammeForm,
  type SessionRow,
} from '../lib/programme-form';

function TimeRow<Row extends SessionRow>({
  row,
  index,
  prefix,
  onChange,
  onRemove,
  children,
}: {
  row: Row;
  index: number;
  prefix: string;
  onChange: (next: Row) => void;
  onRemove: () => void;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation('meetings');
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={`${prefix}-row`}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        {children}
        <TextInput
          type="date"
          label={t('editor.date')}
          value={row.date}
          onChange={(event) => onChange({ ...row, date: event.currentTarget.value })}
          required
          data-testid={`${prefix}-${index}-date`}
        />
        <TextInput
          type="time"
          label={t('editor.start')}
          value={row.start}
          onChange={(event) => onChange({ ...row, start: event.currentTarget.value })}
          required
          data-testid={`${prefix}-${index}-start`}
        />
        <TextInput
          type="time"
          label={t('editor.end')}
          value={row.end}
          onChange={(event) => onChange({ ...row, end: event.currentTarget.value })}
          required
          data-testid={`${prefix}-${index}-end`}
        />
        <ActionIcon variant="default" size="lg" onClick={onRemove} aria-label={t('editor.remove')}>
          ×
        </ActionIcon>
      </Group>
    </Paper>
  );
}

/**
 * Staff edit the programme: venue, tables, slot length and break, sessions and blocked times on
 * the venue's clock, the request deadline and quota. Without custom blocks the API blocks
 * Friday prayer (and iftar in Ramadan) by itself.
 */
export function ProgrammeEditor({
  delegationId,
  programme,
  host,
}: {
  delegationId: string;
  programme: ProgrammeResponse | null;
  host: 'PK' | 'AZ';
}) {
  const { t } = useTranslation('meetings');
  const save = usePutProgramme(delegationId);
  const [form, setForm] = useState<ProgrammeForm>(() =>
    programme ? toForm(programme, host) : emptyForm(),
  );
  const set = <K extends keyof ProgrammeForm>(key: K, value: ProgrammeForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const zone = t(host === 'PK' ? 'zone.PKT' : 'zone.AZT');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(toProgrammeInput(form, host));
      }}
    >
      <Stack gap="md" data-testid="programme-editor">
        <Text size="sm" c="dimmed">
          {t('editor.clockHint', { zone })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('editor.venue')}
            value={form.venue}
            onChange={(event) => set('venue', event.currentTarget.value)}
            required
            data-testid="venue"
          />
          <NumberInput
            label={t('editor.venueMaxTables')}
            min={1}
            max={500}
            value={form.venueMaxTables}
            onChange={(value) => set('venueMaxTables', Number(value) || 1)}
          />
          <Select
            label={t('editor.slotMinutes')}
            data={SLOT_MINUTES.map((value) => ({
              value: String(value),
              label: t('editor.minutes', { count: value }),
            }))}
            value={String(form.slotMinutes)}
            onChange={(value) =>
              value && set('slotMinutes', Number(value) as ProgrammeForm['slotMinutes'])
            }
            allowDeselect={false}
          />
          <NumberInput
            label={t('editor.breakMinutes')}
            min={0}
            max={60}
            value={form.breakMinutes}
            onChange={(value) => set('breakMinutes', Number(value) || 0)}
          />
          <NumberInput
            label={t('editor.quota')}
            min={1}
            max={100}
            value={form.quotaPerFirm}
            onChange={(value) => set('quotaPerFirm', Number(value) || 1)}
          />
          <Group gap="xs" grow>
            <TextInput
              type="date"
              label={t('editor.deadline')}
              value={form.deadlineDate}
              onChange={(event) => set('deadlineDate', event.currentTarget.value)}
              data-testid="deadline-date"
            />
            <TextInput
              type="time"
              label={t('editor.deadlineTime')}
              value={form.deadlineTime}
              onChange={(event) => set('deadlineTime', event.currentTarget.value)}
            />
          </Group>
        </SimpleGrid>
        <Textarea
          label={t('editor.tables')}
          description={t('editor.tablesHint')}
          value={form.tables}
          onChange={(event) => set('tables', event.currentTarget.value)}
          autosize
          minRows={2}
          data-testid="tables"
        />
        <Text fw={600}>{t('editor.sessions')}</Text>
        {form.sessions.map((row, index) => (
          <TimeRow
            key={index}
            row={row}
            index={index}
            prefix="session"
            onChange={(next) =>
              set(
                'sessions',
                form.sessions.map((old, i) => (i === index ? next : old)),
              )
            }
            onRemove={() =>
              set(
                'sessions',
                form.sessions.filter((_, i) => i !== index),
              )
            }
          />
        ))}
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          onClick={() =>
            set('sessions', [
              ...form.sessions,
              { date: form.sessions.at(-1)?.date ?? '', start: '14:00', end: '17:00' },
            ])
          }
          data-testid="add-session"
        >
          {t('editor.addSession')}
        </Button>
        <Checkbox
          label={t('editor.customBlocks')}
          description={t('editor.customBlocksHint')}
          checked={form.customBlocks}
          onChange={(event) => set('customBlocks', event.currentTarget.checked)}
        />
        {form.customBlocks && (
          <>
            {form.blocks.map((row, index) => (
              <TimeRow<BlockRow>
                key={index}
                row={row}
                index={index}
                prefix="block"
                onChange={(next) =>
                  set(
                    'blocks',
                    form.blocks.map((old, i) => (i === index ? next : old)),
                  )
                }
                onRemove={() =>
                  set(
                    'blocks',
                    form.blocks.filter((_, i) => i !== index),
                  )
                }
              >
                <Select
                  label={t('editor.blockKind')}
                  data={PROGRAMME_BLOCK_KINDS.map((kind) => ({
                    value: kind,
                    label: t(`block.${kind}`),
                  }))}
                  value={row.kind}
                  allowDeselect={false}
                  onChange={(value) =>
                    value &&
                    set(
                      'blocks',
                      form.blocks.map((old, i) => (i === index ? { ...old, kind: value } : old)),
                    )
                  }
                />
                <TextInput
                  label={t('editor.blockLabel')}
                  value={row.label}
                  onChange={(event) => {
                    const label = event.currentTarget.value;
                    set(
                      'blocks',
                      form.blocks.map((old, i) => (i === index ? { ...old, label } : old)),
                    );
                  }}
                />
              </TimeRow>
            ))}
            <Button
              variant="default"
              size="xs"
              w="fit-content"
              onClick={() =>
                set('blocks', [
                  ...form.blocks,
                  {
                    kind: 'other',
                    label: '',
                    date: form.sessions[0]?.date ?? '',
                    start: '13:00',
                    end: '14:00',
                  },
                ])
              }
            >
              {t('editor.addBlock')}
            </Button>
          </>
        )}
        {save.error && (
          <Alert color="red" role="alert" data-testid="programme-error">
            {meetingErrorText(t, save.error)}
          </Alert>
        )}
        {save.isSuccess && !save.isPending && (
          <Text c="green.9" role="status">
            {t('editor.saved')}
          </Text>
        )}
        <Button type="submit" w="fit-content" loading={save.isPending} data-testid="save-programme">
          {t('editor.save')}
        </Button>
      </Stack>
    </form>
  );
}
