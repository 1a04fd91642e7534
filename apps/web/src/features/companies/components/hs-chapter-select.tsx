import { HS_CHAPTER_CODES } from '@jcc/contracts';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLabels } from '@/lib/labels';

/**
 * The directory's searchable product filter. Its own chunk: a combobox brings its popover
 * (floating-ui) and scroll area, which the directory's first paint does not need.
 */
export function HsChapterSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (next: string) => void;
}) {
  const { t } = useTranslation();
  const { hs } = useLabels();
  return (
    <Select
      label={t('filters.hs')}
      placeholder={t('filters.any')}
      searchable
      clearable
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      data={HS_CHAPTER_CODES.filter((code) => code !== '77').map((code) => ({
        value: code,
        label: hs(code),
      }))}
      nothingFoundMessage={t('profile.nothingFound')}
      w={{ base: '100%', xs: 260 }}
    />
  );
}
