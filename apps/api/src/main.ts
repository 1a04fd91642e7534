import 'reflect-metadata';
import { createApp } from './app.factory';
import { validateEnvironment, type Environment } from './config/environment';
import { resolveAppConfig } from './config/resolve-app-config';

const log = (message: string) => process.stdout.write(`${message}\n`);

async function main(): Promise<void> {
  let env: Environment;
  try {
    env = validateEnvironment(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const { config, embedded } = await resolveAppConfig(env, log);
  const app = await createApp(config);
  await app.listen({ port: env.PORT, host: env.HOST });
  log(
    `Platform ready on http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT} (API docs at /api/docs)`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    log(`${signal} received: stopping`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
