import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function show(value: unknown): string {
  if (value === undefined) {
    return '∅';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** before → after of one audit entry, field by field where both are objects. */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const isObject = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isObject(before) && !isObject(after)) {
    return (
      <Text size="xs" dir="ltr">
        {before !== null && <Code>{show(before)}</Code>}
        {before !== null && after !== null && ' → '}
        {after !== null && <Code>{show(after)}</Code>}
      </Text>
    );
  }
  const beforeObject = isObject(before) ? before : {};
  const afterObject = isObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(beforeObject), ...Object.keys(afterObject)])];
  return (
    <Stack gap={2} dir="ltr" aria-label={t('audit.change')}>
      {keys.map((key) => {
        const was = beforeObject[key];
        const now = afterObject[key];
        const changed = isObject(before) && JSON.stringify(was) !== JSON.stringify(now);
        return (
          <Text size="xs" key={key} style={{ wordBreak: 'break-word' }}>
            <Text span size="xs" fw={600}>
              {key}:
            </Text>{' '}
            {changed ? (
              <>
                <Code>{show(was)}</Code> → <Code>{show(now)}</Code>
              </>
            ) : (
              <Code>{show(now ?? was)}</Code>
            )}
          </Text>
        );
      })}
    </Stack>
  );
}
