import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText } from '../helpers/cards';
import { startTestBot, type TestBot } from '../helpers/bot';

describe('tenant allow-list (ALLOWED_TENANT_IDS)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    // The test users' tenant is 00000000-0000-0000-0000-000000000001 (see test/helpers/bot.ts).
    bot = await startTestBot({ env: { ALLOWED_TENANT_IDS: '00000000-0000-0000-0000-000000000001,aaaaaaaa-0000-0000-0000-000000000002' } });
  });
  afterAll(async () => bot?.stop());

  it('serves users of an allowed tenant', async () => {
    expect(cardText((await bot.user('m1').say('help'))[0])).toContain('Waarmee kan ik je helpen?');
  });

  it('ignores activities from any other tenant', async () => {
    const user = bot.user('m2');
    const foreign = user.activity({
      type: 'message',
      text: 'help',
      conversation: { id: 'x', conversationType: 'personal', tenantId: 'bbbbbbbb-0000-0000-0000-000000000003' } as never,
      channelData: { tenant: { id: 'bbbbbbbb-0000-0000-0000-000000000003' } },
    });
    const { status, body } = await bot.post(foreign);
    expect(status).toBe(200);
    expect((body as { activities: unknown[] }).activities).toEqual([]);
  });
});
