/**
 * A separate bot-like process for the crash test: opens the database file and sends what is due through SMTP.
 * The test kills it with SIGKILL halfway and then runs it again.
 */
import { openDatabase } from '../../src/store/db';
import { smtpSender } from '../../src/meetings/mail';
import { MeetingOutbox } from '../../src/meetings/outbox';
import { MeetingsRepository } from '../../src/meetings/repository';

const [dbFile, port, now] = process.argv.slice(2);
const db = openDatabase(dbFile!);
const email = smtpSender({ host: '127.0.0.1', port: Number(port), secure: false, from: 'jos-assistent@jos.example.org' }, { name: 'Procesbegeleider JOS', address: 'procesbegeleider@jos.example.org' });
const result = await new MeetingOutbox(new MeetingsRepository(db)).flush(new Date(now!), { email, teams: { send: async () => false } });
process.stdout.write(JSON.stringify(result));
db.close();
