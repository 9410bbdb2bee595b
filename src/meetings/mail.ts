import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';

/** A frozen e-mail: what a retry sends again, byte for byte the same calendar object. */
export interface EmailMessage {
  to: { name: string; email: string };
  subject: string;
  text: string;
  calendar?: { method: 'REQUEST' | 'CANCEL'; ics: string };
}

export interface EmailSender {
  /** Throws when the message was not accepted. `messageId` is stable per delivery, so a resend can be recognised. */
  send(message: EmailMessage, messageId: string): Promise<void>;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}

/**
 * iMIP layout from booking-calendar.md §2: nodemailer's icalEvent gives multipart/mixed { multipart/alternative
 * { text/plain, text/calendar; method=… }, the same object as .ics attachment } for clients that only read attachments.
 */
function mailOptions(message: EmailMessage, messageId: string, organizer: Mail.Address, fromAddress: string): Mail.Options {
  const { calendar } = message;
  return {
    from: { name: organizer.name, address: fromAddress },
    // Replies (and Accept/Decline from clients that mail them) go to the procesbegeleider, not to the bot's mailbox.
    replyTo: organizer,
    to: { name: message.to.name, address: message.to.email },
    subject: message.subject,
    text: message.text,
    messageId,
    // nodemailer defaults icalEvent.method to PUBLISH, which Outlook shows without Accept/Decline.
    ...(calendar && {
      icalEvent: { method: calendar.method, content: calendar.ics, filename: calendar.method === 'CANCEL' ? 'afzegging.ics' : 'uitnodiging.ics' },
    }),
  };
}

/** `organizer` is the procesbegeleider (ORGANIZER of the invitations); the mail goes out from SMTP_FROM. */
export function smtpSender(settings: SmtpSettings, organizer: Mail.Address): EmailSender {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message, messageId) {
      await transport.sendMail(mailOptions(message, messageId, organizer, settings.from));
    },
  };
}

/** Without SMTP every message lands as an .eml file a person can open; the file name is the delivery, so a rerun overwrites. */
export function emlFileSender(dir: string, organizer: Mail.Address): EmailSender {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(message, messageId) {
      const info = await transport.sendMail(mailOptions(message, messageId, organizer, organizer.address));
      mkdirSync(dir, { recursive: true });
      const name = messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9._-]/g, '_');
      writeFileSync(join(dir, `${name}.eml`), info.message as Buffer);
    },
  };
}

/** SMTP when it is configured; otherwise .eml files in `<dataDir>/outbox` (local mode and tests without a mail server). */
export function emailSenderFor(settings: { smtp?: SmtpSettings; dataDir: string }, organizer: Mail.Address): EmailSender {
  return settings.smtp ? smtpSender(settings.smtp, organizer) : emlFileSender(join(settings.dataDir, 'outbox'), organizer);
}
