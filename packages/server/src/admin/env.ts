import type { AppEnv } from '../http/env.js';

/** The dashboard's per-request values, on top of the app's. */
export interface AdminEnv {
  Variables: AppEnv['Variables'] & {
    /** How the admin authenticated: a browser's Basic prompt or a script's bearer token. */
    adminScheme: 'basic' | 'bearer';
    /** The Basic user name the admin typed (any), or `api` for a bearer token: the audit's actor. */
    adminUser: string;
    /** The CSRF token the page's forms carry (see `csrf.ts`). */
    csrfToken: string;
  };
}
