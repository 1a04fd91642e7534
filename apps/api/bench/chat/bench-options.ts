/** What one `npm run bench:chat` measures; every field can be set by a flag. */
export interface BenchOptions {
  /** Socket clients, in pairs: each pair shares one conversation. */
  clients: number;
  /** Seconds of steady sending, per server. */
  duration: number;
  /** Messages per second each client sends. */
  rate: number;
}

const DEFAULTS: BenchOptions = { clients: 500, duration: 30, rate: 1 };

const LIMITS: Record<keyof BenchOptions, [number, number]> = {
  clients: [2, 5000],
  duration: [1, 600],
  rate: [0.1, 50],
};

export const USAGE = `Usage: npm run bench:chat -- [--clients N] [--duration SECONDS] [--rate PER_SECOND]
  --clients   socket clients, in pairs over conversations (default ${DEFAULTS.clients}, even, 2–5000)
  --duration  seconds of steady sending per server (default ${DEFAULTS.duration}, 1–600)
  --rate      messages per second per client (default ${DEFAULTS.rate}, 0.1–50)
Uses DATABASE_URL's server (a scratch database, dropped afterwards) or, without it, an
embedded PostgreSQL in a temporary folder. Loopback only; stops by itself.`;

/** Parses `--name value` and `--name=value`; throws with the usage text on anything else. */
export function parseBenchOptions(argv: string[]): BenchOptions {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const name = flag.replace(/^--/, '') as keyof BenchOptions;
    if (flag === '--help' || flag === '-h') {
      throw new Error(USAGE);
    }
    if (!flag.startsWith('--') || !(name in LIMITS)) {
      throw new Error(`Unknown option ${argv[i]}\n${USAGE}`);
    }
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    const [min, max] = LIMITS[name];
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new Error(
        `--${name} must be a number from ${min} to ${max}, got ${String(raw)}\n${USAGE}`,
      );
    }
    options[name] = value;
  }
  if (!Number.isInteger(options.clients) || options.clients % 2 !== 0) {
    throw new Error(`--clients must be an even whole number (clients talk in pairs)\n${USAGE}`);
  }
  return options;
}
