/** How one check of `grapevine-server doctor` went. */
export type Outcome = 'pass' | 'warn' | 'fail' | 'skip';

/** One line of the doctor's report. */
export interface CheckResult {
  /** What was checked: `config`, `database`, `smtp`, `site my-shop: stripe` … */
  name: string;
  outcome: Outcome;
  /** What was found, or what is wrong and what to do; never a secret. */
  detail: string;
}

const LABEL: Record<Outcome, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' };

/** The report as text: one line per check, then the totals. */
export function formatReport(results: readonly CheckResult[]): string {
  const lines = results.map((r) => `${LABEL[r.outcome]}  ${r.name}: ${r.detail}`);
  const count = (outcome: Outcome) => results.filter((r) => r.outcome === outcome).length;
  lines.push(
    `doctor: ${count('pass')} passed, ${count('warn')} warnings, ${count('fail')} failed, ${count('skip')} skipped`,
  );
  return `${lines.join('\n')}\n`;
}

/** A URL with its password replaced, for reports and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return '(an unparsable URL)';
  }
}

/** An error's message, or the thrown value as text. */
export function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map(messageOf).join('; ');
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return error.message || (typeof code === 'string' ? code : error.name);
  }
  return String(error);
}
