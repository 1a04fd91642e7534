import type { ProfileChange } from '@jcc/contracts';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLabels, type TaxonomyKind } from '@/lib/labels';

/** Fields whose values are codes, and the kind of name each code has. */
const CODE_FIELDS: Record<string, TaxonomyKind> = {
  country: 'country',
  sectors: 'sector',
  jvSectors: 'sector',
  partnershipTypes: 'partnership',
  languages: 'language',
  sizeBand: 'size',
};
const HS_FIELDS = new Set(['offersHs', 'seeksHs']);

function useFormatValue() {
  const { list, hs } = useLabels();
  return (field: string, value: unknown): string | null => {
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      return null;
    }
    const codes = (Array.isArray(value) ? value : [value]).map(String);
    if (HS_FIELDS.has(field)) {
      return codes.map(hs).join(', ');
    }
    const kind = CODE_FIELDS[field];
    if (kind) {
      return list(kind, codes);
    }
    return codes.join(', ');
  };
}

function Value({ text, kind }: { text: string | null; kind: 'before' | 'after' }) {
  const { t } = useTranslation();
  if (text === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('verification.emptyValue')}
      </Text>
    );
  }
  return (
    <Text
      size="sm"
      component={kind === 'before' ? 'del' : 'ins'}
      c={kind === 'before' ? '#a11010' : '#0a5c45'}
      td={kind === 'before' ? 'line-through' : 'none'}
      fw={kind === 'after' ? 600 : undefined}
      dir="auto"
      lineClamp={4}
      style={{ display: 'block', whiteSpace: 'pre-line' }}
    >
      {text}
    </Text>
  );
}

/** What a firm changed since staff last reviewed it: each field, before and after. */
export function ChangeList({
  changes,
  companyName,
}: {
  changes: ProfileChange[];
  companyName: string;
}) {
  const { t } = useTranslation();
  const format = useFormatValue();
  return (
    // A table on a desktop, one card per field on a phone (app.css, responsive-table).
    <Table.ScrollContainer minWidth={0}>
      <Table
        withTableBorder
        verticalSpacing={4}
        className="responsive-table"
        data-testid="change-list"
        layout="fixed"
      >
        <caption>
          <VisuallyHidden>{t('verification.changesCaption', { name: companyName })}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{t('verification.field')}</Table.Th>
            <Table.Th>{t('verification.before')}</Table.Th>
            <Table.Th>{t('verification.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.field} data-field={change.field}>
              <Table.Th scope="row" fw={500}>
                {t(`profile.${change.field}`, { defaultValue: change.field })}
              </Table.Th>
              <Table.Td data-label={t('verification.before')}>
                <Value text={format(change.field, change.before)} kind="before" />
              </Table.Td>
              <Table.Td data-label={t('verification.after')}>
                <Value text={format(change.field, change.after)} kind="after" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
