/**
 * The yardstick for `npm run bench:http`: the smallest teams-ai Application on the same TeamsAdapter (CloudAdapter)
 * and restify as the bot, answering every message with its own text. Whatever the bot does beyond this is its own cost.
 */
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import restify from 'restify';

const adapter = new TeamsAdapter({}, new ConfigurationServiceClientCredentialFactory({}));
const app = new Application({ adapter });
app.activity(ActivityTypes.Message, async (context) => {
  await context.sendActivity(context.activity.text ?? '');
});

const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req as never, res as never, (context) => app.run(context).then(() => undefined));
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  process.stdout.write(`baseline listening on http://${process.env.HOST ?? '127.0.0.1'}:${server.address().port}/api/messages\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
