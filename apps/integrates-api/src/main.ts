import { ConfigError, loadConfig } from './config/config';
import { startServer } from './server/start-server';

const log = (level: string, message: string, fields: Record<string, unknown> = {}): void => {
  process.stdout.write(`${JSON.stringify({ level, message, timestamp: new Date().toISOString(), ...fields })}\n`);
};

const reportUnexpected = (error: unknown): void => {
  log('error', error instanceof Error ? error.message : String(error), {
    stack: error instanceof Error ? error.stack : undefined,
  });
};

const main = async (): Promise<void> => {
  const config = loadConfig();
  const running = await startServer(config, { onUnexpectedError: reportUnexpected });
  log('info', `Integrates API listening on ${running.url}/api`, {
    environment: config.environment,
    store: running.engine ? `embedded ${running.engine.endpoint}` : (config.dynamodbEndpoint ?? `AWS ${config.awsRegion}`),
  });

  const shutdown = (signal: string): void => {
    log('info', `${signal} received, shutting down`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        reportUnexpected(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
};

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    reportUnexpected(error);
  }
  process.exit(1);
});
