import { CHAT_LIMITS } from '@jcc/contracts';
import { Button, Group, Textarea } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Enter sends, Shift+Enter starts a new line. */
export function Composer({
  onSend,
  onTyping,
}: {
  onSend: (body: string) => void;
  onTyping: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const trimmed = body.trim();
  const tooLong = [...body].length > CHAT_LIMITS.bodyMaxLength;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (trimmed && !tooLong) {
      onSend(trimmed);
      setBody('');
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      submit();
    }
  };

  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Textarea
          label={t('messages.composerLabel')}
          labelProps={{ className: 'visually-hidden' }}
          placeholder={t('messages.composerPlaceholder')}
          autosize
          minRows={1}
          maxRows={6}
          style={{ flex: 1 }}
          value={body}
          error={
            tooLong ? t('validation.maxLength', { count: CHAT_LIMITS.bodyMaxLength }) : undefined
          }
          onChange={(event) => {
            setBody(event.currentTarget.value);
            onTyping();
          }}
          onKeyDown={onKeyDown}
        />
        <Button type="submit" disabled={!trimmed || tooLong}>
          {t('messages.send')}
        </Button>
      </Group>
    </form>
  );
}
