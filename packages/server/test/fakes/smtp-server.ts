// The fake mail server of the tests is the same real SMTP listener the demo runs
// (`src/mail/catcher.ts`): smtp-server on 127.0.0.1, messages parsed with mailparser,
// with switches to refuse a recipient (RCPT TO) or the next DATA with any reply code.
export {
  type CaughtMail,
  type MailCatcher,
  type SmtpRefusal,
  startMailCatcher,
} from '../../src/mail/catcher.js';
