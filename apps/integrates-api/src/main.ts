import { closeLogging, configureLogging, getLogger, reportError } from '@integrates/logging';
import { ConfigError, loadConfig, type Config } from './config/config';
import { startServer } from './server/start-server';

const log = getLogger('main');

/** An audit file that cannot be written is a configuration problem, reported like the others. */
const startLogging = (config: Config): void => {
  try {
    configureLogging({
      environment: config.environment,
      level: config.logLevel,
      audit: { target: config.auditLog, ...(config.auditLogPath ? { path: config.auditLogPath } : {}) },
    });
  } catch (error) {
    throw new ConfigError([`AUDIT_LOG_PATH: ${error instanceof Error ? error.message : String(error)}`]);
  }
};

const main = async (): Promise<void> => {
  const config = loadConfig();
  startLogging(config);
  const running = await startServer(config, { onUnexpectedError: reportError });
  log.info(`Integrates API listening on ${running.url}/api`, {
    environment: config.environment,
    store: running.engine ? `embedded ${running.engine.endpoint}` : (config.dynamodbEndpoint ?? `AWS ${config.awsRegion}`),
  });

  const shutdown = (signal: string): void => {
    log.info(`${signal} received, shutting down`);
    running
      .close()
      .then(
        () => 0,
        (error: unknown) => {
          reportError(error);
          return 1;
        },
      )
      // The audit file must be flushed before the process ends.
      .then(async (code) => {
        await closeLogging();
        process.exit(code);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
};

main().catch(async (error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    reportError(error);
    await closeLogging();
  }
  process.exit(1);
});
