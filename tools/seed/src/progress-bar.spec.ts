import { createProgressBar } from './progress-bar';

/** A stream that is not a terminal, as in CI, recording what is written to it. */
function logStream(): { stream: NodeJS.WriteStream; lines: string[] } {
  const lines: string[] = [];
  const stream = {
    isTTY: false,
    write: (chunk: string) => {
      lines.push(chunk);
      return true;
    },
  };
  return { stream: stream as unknown as NodeJS.WriteStream, lines };
}

describe('createProgressBar without a terminal', () => {
  it('prints one line per 10%', () => {
    const { stream, lines } = logStream();
    const onProgress = createProgressBar({ stream, label: 'Seeding companies' });
    for (let done = 1000; done <= 100_000; done += 1000) {
      onProgress(done, 100_000);
    }
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('Seeding companies: 10,000/100,000 (10%)\n');
    expect(lines[9]).toBe('Seeding companies: 100,000/100,000 (100%)\n');
  });

  it('prints one line when a batch crosses several steps at once', () => {
    const { stream, lines } = logStream();
    const onProgress = createProgressBar({ stream });
    onProgress(5000, 15_000);
    onProgress(15_000, 15_000);
    expect(lines).toEqual(['Progress: 5,000/15,000 (33%)\n', 'Progress: 15,000/15,000 (100%)\n']);
  });
});
