/** Base class of every error the reference server throws on purpose. */
export class GrapevineServerError extends Error {
  override name = 'GrapevineServerError';
}

/** The environment does not describe a runnable server; the message lists every problem. */
export class ConfigError extends GrapevineServerError {
  override readonly name = 'ConfigError' as const;
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

/** A request the server refuses, with the HTTP status and a stable machine-readable code. */
export class HttpError extends GrapevineServerError {
  override readonly name = 'HttpError' as const;
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503 | 507,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** A database migration failed; the server does not start on a half-migrated schema. */
export class MigrationError extends GrapevineServerError {
  override readonly name = 'MigrationError' as const;
  constructor(
    readonly version: number,
    cause: unknown,
  ) {
    super(
      `Migration ${version} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
  }
}

/**
 * The database did not answer: refused or lost connections, a server shutting down, or a
 * query past its timeout. Requests answer 503 with `Retry-After`; the pool reconnects by itself.
 */
export class DatabaseUnavailableError extends GrapevineServerError {
  override readonly name = 'DatabaseUnavailableError' as const;
}

/** The database's disk is full (SQLSTATE 53100, ENOSPC). Writes answer 507 until space returns. */
export class StorageFullError extends GrapevineServerError {
  override readonly name = 'StorageFullError' as const;
}

/** Another live process holds the PGlite data directory; this one must not open it. */
export class DataDirLockedError extends GrapevineServerError {
  override readonly name = 'DataDirLockedError' as const;
}

/** Whether a value is a {@link DatabaseUnavailableError}. */
export function isDatabaseUnavailableError(value: unknown): value is DatabaseUnavailableError {
  return value instanceof DatabaseUnavailableError;
}

/** Whether a value is a {@link StorageFullError}. */
export function isStorageFullError(value: unknown): value is StorageFullError {
  return value instanceof StorageFullError;
}

/** Whether a value is a {@link DataDirLockedError}. */
export function isDataDirLockedError(value: unknown): value is DataDirLockedError {
  return value instanceof DataDirLockedError;
}

/** Whether a value is a {@link ConfigError}. */
export function isConfigError(value: unknown): value is ConfigError {
  return value instanceof ConfigError;
}

/** Whether a value is an {@link HttpError}. */
export function isHttpError(value: unknown): value is HttpError {
  return value instanceof HttpError;
}
