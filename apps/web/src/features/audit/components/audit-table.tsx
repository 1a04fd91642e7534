import type { AuditEntry } from '@jcc/contracts';
import { Anchor, Code, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useFormatters } from '@/lib/labels';
import { actionKey } from './audit-filters';
import { AuditChange } from './audit-value';

function Target({ target }: { target: AuditEntry['target'] }) {
  const { t } = useTranslation();
  const kind = t(`audit.targets.${target.type}`, { defaultValue: target.type });
  const to =
    target.type === 'company'
      ? `/companies/${target.id}`
      : target.type === 'delegation'
        ? `/staff/delegations/${target.id}`
        : null;
  return (
    <Text size="sm">
      {kind}{' '}
      {to ? (
        <Anchor component={Link} to={to} size="xs" ff="monospace" dir="ltr">
          {target.id.slice(0, 8)}
        </Anchor>
      ) : (
        <Code dir="ltr">{target.id.slice(0, 8)}</Code>
      )}
    </Text>
  );
}

export function AuditTable({
  entries,
  onActor,
}: {
  entries: AuditEntry[];
  /** Filters by this actor. */
  onActor: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    // A table on a desktop, one card per entry on a phone (app.css, responsive-table).
    <Table.ScrollContainer minWidth={0}>
      <Table
        striped
        withTableBorder
        verticalSpacing="xs"
        className="responsive-table"
        data-testid="audit-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.when')}</Table.Th>
            <Table.Th>{t('audit.who')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.target')}</Table.Th>
            <Table.Th>{t('audit.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
              <Table.Td style={{ whiteSpace: 'nowrap' }} data-label={t('audit.when')}>
                <Text size="sm">{format.dateTime(entry.at)}</Text>
              </Table.Td>
              <Table.Td data-label={t('audit.who')}>
                {entry.actorUserId ? (
                  <UnstyledButton
                    onClick={() => onActor(entry.actorUserId ?? '')}
                    title={t('audit.filterByActor')}
                    c="jcc.9"
                    fz="sm"
                    td="underline"
                    dir="ltr"
                  >
                    {entry.actorEmail ?? entry.actorUserId.slice(0, 8)}
                  </UnstyledButton>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('audit.system')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-label={t('audit.action')}>
                <Text size="sm">{t(actionKey(entry.action))}</Text>
              </Table.Td>
              <Table.Td data-label={t('audit.target')}>
                <Target target={entry.target} />
              </Table.Td>
              <Table.Td maw={360} data-label={t('audit.change')}>
                <AuditChange before={entry.before} after={entry.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
