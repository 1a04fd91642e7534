import type { DocumentCategory, DocumentUploadResponse, EvidencePaper } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';

import { uploadWithProgress } from '@/lib/upload-with-progress';
import { documentsKey, type DocumentOwner } from './get-documents';

export interface UploadTarget extends DocumentOwner {
  category: DocumentCategory;
  paper?: EvidencePaper;
  issuer?: string;
  expiresOn?: string;
}

/** POST /api/documents?… — the file as multipart, with upload progress. */
export function uploadDocument(
  target: UploadTarget,
  file: File,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<DocumentUploadResponse> {
  const query = new URLSearchParams(
    Object.entries(target).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return uploadWithProgress<DocumentUploadResponse>(
    `${globalThis.location?.origin ?? ''}/api/documents?${query.toString()}`,
    file,
    file.name,
    ({ loaded, total }) => onProgress(Math.round((loaded / total) * 100)),
    signal,
  );
}

/** An upload with its progress (0–100) and a way to cancel it. */
export function useUploadDocument() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: ({ target, file }: { target: UploadTarget; file: File }) => {
      setProgress(0);
      controller.current = new AbortController();
      return uploadDocument(target, file, setProgress, controller.current.signal);
    },
    onSuccess: (_answer, { target }) => {
      void queryClient.invalidateQueries({ queryKey: documentsKey(target) });
      void queryClient.invalidateQueries({ queryKey: ['document-usage'] });
      void queryClient.invalidateQueries({ queryKey: ['paper-requests'] });
    },
  });
  return { ...mutation, progress, cancel: () => controller.current?.abort() };
}
