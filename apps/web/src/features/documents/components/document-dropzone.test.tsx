import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { DocumentDropzone } from './document-dropzone';

const file = (name: string, size: number, type = 'application/pdf') => {
  const made = new File(['%PDF-1.4'], name, { type });
  Object.defineProperty(made, 'size', { value: size });
  return made;
};

function renderZone(props: Partial<Parameters<typeof DocumentDropzone>[0]> = {}) {
  const onFile = vi.fn();
  renderWithProviders(
    <DocumentDropzone
      onFile={onFile}
      uploading={false}
      progress={0}
      fileName={null}
      problem={null}
      {...props}
    />,
  );
  return onFile;
}

describe('DocumentDropzone', () => {
  it('hands over a dropped file that may be one of the accepted types', () => {
    const onFile = renderZone();
    const pdf = file('catalogue.pdf', 2048);
    fireEvent.drop(screen.getByTestId('document-dropzone'), { dataTransfer: { files: [pdf] } });
    expect(onFile).toHaveBeenCalledWith(pdf);
    expect(screen.queryByTestId('upload-error')).toBeNull();
  });

  it('refuses a file over 10 MB and a wrong type at once, saying which and why', async () => {
    const onFile = renderZone();
    await userEvent.upload(
      screen.getByTestId('document-dropzone-input'),
      file('huge.pdf', 11 * 1024 * 1024),
    );
    expect(screen.getByTestId('upload-error').textContent).toMatch(
      /huge\.pdf is larger than 10 MB/,
    );
    fireEvent.drop(screen.getByTestId('document-dropzone'), {
      dataTransfer: { files: [file('setup.exe', 10, 'application/x-msdownload')] },
    });
    expect(screen.getByTestId('upload-error').textContent).toMatch(/setup\.exe is not a PDF/);
    expect(onFile).not.toHaveBeenCalled();
  });

  it('shows the progress of the upload and the server’s refusal', () => {
    renderZone({
      uploading: true,
      progress: 42,
      fileName: 'iso.pdf',
      problem: { key: 'errorQuota', name: 'iso.pdf' },
    });
    expect(screen.getByText('Uploading iso.pdf: 42%')).toBeTruthy();
    expect(screen.getByTestId('upload-progress')).toBeTruthy();
    expect(screen.getByTestId('upload-error').textContent).toMatch(/storage is full/);
  });
});
