/** The job kind that renders and sends one queued email. */
export const EMAIL_SEND_JOB = 'email.send';

/** The job id of an email: one job per email row. */
export function emailJobId(emailId: string): string {
  return `${EMAIL_SEND_JOB}:${emailId}`;
}
