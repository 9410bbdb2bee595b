import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';

const full = { IMAP_HOST: 'imap.example.org', IMAP_USER: 'jos@example.org', IMAP_PASSWORD: 'geheim', SMTP_FROM: 'jos@example.org' };

describe('IMAP configuration of the organizer mailbox', () => {
  it('is off without IMAP variables, and complete with host, user and password (TLS port 993, INBOX)', () => {
    expect(loadConfig({}).imap).toBeUndefined();
    expect(loadConfig(full).imap).toEqual({ host: 'imap.example.org', port: 993, user: 'jos@example.org', password: 'geheim', mailbox: 'INBOX', pollSeconds: 300, address: 'jos@example.org' });
    expect(loadConfig({ ...full, IMAP_PORT: '143', IMAP_MAILBOX: 'Agenda' }).imap).toMatchObject({ port: 143, mailbox: 'Agenda' });
  });

  it.each([
    ['no password', { IMAP_HOST: 'imap.example.org', IMAP_USER: 'jos@example.org' }, /^Configuratiefout: IMAP_PASSWORD ontbreekt: nodig als IMAP_HOST en IMAP_USER is gezet$/],
    ['only a mailbox', { IMAP_MAILBOX: 'INBOX' }, /^Configuratiefout: IMAP_HOST ontbreekt/],
    ['no SMTP_FROM', { IMAP_HOST: 'h', IMAP_USER: 'u', IMAP_PASSWORD: 'p' }, /^Configuratiefout: SMTP_FROM ontbreekt/],
    ['a port that is no number', { ...full, IMAP_PORT: 'imaps' }, /^Configuratiefout: IMAP_PORT is ongeldig/],
  ])('refuses half a configuration in one line naming the variable: %s', (_label, env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
