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
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429,
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

/** Whether a value is a {@link ConfigError}. */
export function isConfigError(value: unknown): value is ConfigError {
  return value instanceof ConfigError;
}

/** Whether a value is an {@link HttpError}. */
export function isHttpError(value: unknown): value is HttpError {
  return value instanceof HttpError;
}
