import {
  COUNTRIES,
  LANGUAGE_CODES,
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  SIZE_BAND_CODES,
} from '@jcc/contracts';
import { Accordion, Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLabels, type TaxonomyKind } from '@/lib/labels';
import { columnLabel } from '../lib/import-problems';

const LISTS: { column: string; kind: TaxonomyKind; codes: readonly string[] }[] = [
  { column: 'country', kind: 'country', codes: COUNTRIES },
  { column: 'sizeBand', kind: 'size', codes: SIZE_BAND_CODES },
  { column: 'sectors', kind: 'sector', codes: SECTOR_CODES },
  { column: 'partnershipTypes', kind: 'partnership', codes: PARTNERSHIP_TYPES },
  { column: 'languages', kind: 'language', codes: LANGUAGE_CODES },
];

/**
 * The key to the template: each coded column with its codes and what they mean in the user's
 * language ("sports_goods" = Sports goods), and how lists are written.
 */
export function AllowedValues() {
  const { t } = useTranslation('firstweek');
  const { label } = useLabels();
  return (
    <Accordion variant="contained" data-testid="allowed-values">
      <Accordion.Item value="codes">
        <Accordion.Control>{t('imports.allowedTitle')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            <Text size="sm">{t('imports.allowedLists')}</Text>
            {LISTS.map((list) => (
              <div key={list.column}>
                <Text size="sm" fw={600}>
                  {columnLabel(t, list.column)} <Code>{list.column}</Code>
                </Text>
                <Group gap={6} wrap="wrap">
                  {list.codes.map((code) => (
                    <Text key={code} size="sm" span>
                      <Code>{code}</Code> <bdi>{label(list.kind, code)}</bdi>
                    </Text>
                  ))}
                </Group>
              </div>
            ))}
            <Text size="sm">{t('imports.allowedHs')}</Text>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
