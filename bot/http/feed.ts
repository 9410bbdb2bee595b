import type { Request, Response, Server } from 'restify';
import { calendarContentType, PRODUCT_ID } from '../../src/calendar/ics';
import type { BotDeps } from '../deps';

/** A feed with no meetings yet is still a valid calendar, so a subscription made early keeps working. */
const EMPTY_FEED = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-${PRODUCT_ID}`, 'METHOD:PUBLISH', 'END:VCALENDAR', ''].join('\r\n');

/**
 * `GET /ics/feed/<token>.ics`: the school year of one group (METHOD:PUBLISH) to subscribe to.
 * The token is the only secret; an unknown one gets a plain 404.
 */
export function registerMeetingHttp(server: Server, deps: BotDeps): void {
  server.get('/ics/feed/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file ?? '');
    const token = /^([A-Za-z0-9_-]{32})\.ics$/.exec(file)?.[1];
    const { service } = deps.meetings;
    const group = token ? service.groupByFeedToken(token) : undefined;
    if (!group) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Deze agendalink bestaat niet (meer).');
      return;
    }
    deps.logger.info({ event: 'meetings.feed-served', groupId: group.id });
    res.writeHead(200, { 'Content-Type': calendarContentType('PUBLISH'), 'Cache-Control': 'no-store' });
    res.end(service.groupFeed(group.id, group.name) ?? EMPTY_FEED);
  });
}
