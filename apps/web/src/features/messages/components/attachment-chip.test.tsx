import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { AttachmentChip } from './attachment-chip';

describe('AttachmentChip', () => {
  it('shows the file sent in the conversation with its size and a download button', () => {
    renderWithProviders(
      <AttachmentChip
        attachment={{
          documentId: '6f1c2a44-0000-4000-8000-000000000001',
          name: 'price list 2027.xlsx',
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          size: 1536 * 1024,
          hasThumbnail: false,
        }}
      />,
    );
    const chip = screen.getByTestId('message-attachment');
    expect(chip.textContent).toContain('price list 2027.xlsx');
    expect(chip.textContent).toContain('1.5 MB');
    expect(screen.getByRole('button', { name: 'Download' })).toBeTruthy();
  });
});
