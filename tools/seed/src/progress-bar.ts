import { Presets, SingleBar } from 'cli-progress';

export interface ProgressBarOptions {
  /** What is being counted, e.g. "Seeding companies". */
  label?: string;
  /** Where to draw; stderr by default so that stdout stays clean for piping. */
  stream?: NodeJS.WriteStream;
}

export type ProgressCallback = (done: number, total: number) => void;

/**
 * An `onProgress` callback: a live bar on a terminal, and in CI logs (no TTY) one line per 10%
 * instead of the thousands of redraws a bar would leave there.
 */
export function createProgressBar(options: ProgressBarOptions = {}): ProgressCallback {
  const stream = options.stream ?? process.stderr;
  const label = options.label ?? 'Progress';
  return stream.isTTY ? drawBar(stream, label) : printSteps(stream, label);
}

function drawBar(stream: NodeJS.WriteStream, label: string): ProgressCallback {
  let bar: SingleBar | null = null;
  return (done, total) => {
    if (!bar) {
      bar = new SingleBar(
        {
          stream,
          format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}`,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      bar.start(total, 0);
    }
    bar.update(done);
    if (done >= total) {
      bar.stop();
      bar = null;
    }
  };
}

function printSteps(stream: NodeJS.WriteStream, label: string): ProgressCallback {
  let printedStep = 0;
  return (done, total) => {
    const step = total > 0 ? Math.floor((done * 10) / total) : 10;
    if (step <= printedStep) {
      return;
    }
    printedStep = step;
    const percent = total > 0 ? Math.floor((done * 100) / total) : 100;
    stream.write(`${label}: ${format(done)}/${format(total)} (${percent}%)\n`);
  };
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}
