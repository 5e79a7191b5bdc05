import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { migrations } from '../../src/db/migrations.js';
import { openDatabase } from '../../src/db/open.js';

/** The shared test PostgreSQL; PostgreSQL cases skip when it is unset. */
export const postgresUrl = process.env.GRAPEVINE_TEST_DATABASE_URL;

/** A database for one server process: its environment, a client to read it, cleanup. */
export interface FaultDatabase {
  /** `GRAPEVINE_DATA_DIR` or `DATABASE_URL`, for {@link startServer}. */
  env: Record<string, string>;
  /** PGlite: the data directory. PostgreSQL: the database URL. */
  location: string;
  /** Drops the database or removes the directory. */
  cleanup(): Promise<void>;
}

// PGlite's initdb and the migrations cost a server start many seconds: a migrated data
// directory is made once per schema version (keyed by the migrations' text) and copied.
const templateDir = new URL(
  `../../.tmp/faults-pglite-${createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16)}`,
  import.meta.url,
).pathname;

/** Builds the migrated PGlite template if it is missing (the project's globalSetup calls it). */
export async function preparePgliteTemplate(): Promise<string> {
  if (existsSync(templateDir)) return templateDir;
  mkdirSync(join(templateDir, '..'), { recursive: true });
  const building = `${templateDir}.${process.pid}-${randomBytes(4).toString('hex')}`;
  const db = await openDatabase({ dataDir: building });
  await db.close();
  try {
    renameSync(building, templateDir); // atomic, on one file system
  } catch (error) {
    if (!existsSync(templateDir)) throw error; // else another worker made it first
  }
  rmSync(building, { recursive: true, force: true });
  rmSync(`${building}.lock`, { force: true });
  return templateDir;
}

/**
 * A PGlite data directory in a tmp dir: a copy of the migrated template when there is one
 * (fast), or, with `{ fresh: true }` or no template, an empty one the server initialises.
 */
export function pgliteDatabase(options: { fresh?: boolean } = {}): FaultDatabase {
  const parent = mkdtempSync(join(tmpdir(), 'grapevine-faults-'));
  const dataDir = join(parent, 'pglite');
  if (!options.fresh && existsSync(templateDir)) cpSync(templateDir, dataDir, { recursive: true });
  return {
    env: { GRAPEVINE_DATA_DIR: dataDir },
    location: dataDir,
    cleanup: async () => rmSync(parent, { recursive: true, force: true }),
  };
}

/** A PGlite data directory at `dataDir` (a directory the caller owns: `cleanup` leaves it). */
export function pgliteDatabaseIn(dataDir: string): FaultDatabase {
  return { env: { GRAPEVINE_DATA_DIR: dataDir }, location: dataDir, cleanup: async () => {} };
}

/** A fresh database (not schema: the server process connects with a plain URL) on `baseUrl`. */
export async function postgresDatabase(baseUrl = postgresUrl): Promise<FaultDatabase> {
  if (!baseUrl) throw new Error('postgresDatabase needs GRAPEVINE_TEST_DATABASE_URL');
  const name = `grapevine_fault_${randomBytes(5).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    location: url.toString(),
    cleanup: async () => {
      const again = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

/** Runs one query on a PostgreSQL database URL with a short-lived client. */
export async function queryPostgres<Row extends object>(
  url: string,
  text: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return (await sql.unsafe(text, params as never[])) as unknown as Row[];
  } finally {
    await sql.end();
  }
}
