import { AUDIT_ACTIONS } from '@jcc/contracts';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { isUserId, type AuditParams } from '../lib/audit-params';

/** Prefixes the API accepts as "every action of this kind". */
const ACTION_GROUPS = ['company', 'import', 'delegation', 'delegation.member'] as const;

export const actionKey = (action: string) => `audit.actions.${action.replace(/\./g, '_')}`;

export function AuditFilters({
  value,
  onChange,
  onReset,
}: {
  value: AuditParams;
  onChange: (key: keyof AuditParams, next: string) => void;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const actorInvalid = value.actor.trim() !== '' && !isUserId(value.actor);
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <NativeSelect
        label={t('audit.action')}
        value={value.action}
        onChange={(event) => onChange('action', event.currentTarget.value)}
        data={[
          { value: '', label: t('filters.any') },
          {
            group: t('audit.actionGroups'),
            items: ACTION_GROUPS.map((group) => ({
              value: group,
              label: t(`audit.groups.${group.replace(/\./g, '_')}`),
            })),
          },
          {
            group: t('audit.singleActions'),
            items: AUDIT_ACTIONS.map((action) => ({ value: action, label: t(actionKey(action)) })),
          },
        ]}
        data-testid="audit-action"
      />
      <TextInput
        label={t('audit.actor')}
        description={t('audit.actorHint')}
        value={value.actor}
        onChange={(event) => onChange('actor', event.currentTarget.value)}
        error={actorInvalid ? t('audit.actorInvalid') : undefined}
        w={330}
        dir="ltr"
        data-testid="audit-actor"
      />
      <TextInput
        type="date"
        label={t('audit.from')}
        value={value.from}
        onChange={(event) => onChange('from', event.currentTarget.value)}
        data-testid="audit-from"
      />
      <TextInput
        type="date"
        label={t('audit.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => onChange('to', event.currentTarget.value)}
        data-testid="audit-to"
      />
      <Button variant="subtle" mt={25} onClick={onReset}>
        {t('audit.reset')}
      </Button>
    </Group>
  );
}
