import type { Request, Response, Server } from 'restify';
import type { CalendarLinks } from '../../src/calendar/links';
import { calendarContentType } from '../../src/calendar/ics';
import type { Clock } from '../../src/clock';
import type { Logger } from '../../src/logger';

export interface IcsRouteDeps {
  calendarLinks: CalendarLinks;
  clock: Clock;
  logger: Logger;
}

/**
 * `GET /ics/<token>.ics`: the current state of a booking or meeting as an iCalendar file.
 * The token is the only secret; an unknown one gets the same 404 as a malformed one.
 */
export function registerIcsRoutes(server: Server, deps: IcsRouteDeps): void {
  server.get('/ics/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file ?? '');
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    const document = token ? deps.calendarLinks.render(token, deps.clock.now()) : undefined;
    if (!document) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Deze agendalink bestaat niet (meer).');
      return;
    }
    deps.logger.info({ event: 'ics.served', method: document.method }, 'calendar file served');
    res.writeHead(200, {
      'Content-Type': calendarContentType(document.method),
      'Content-Disposition': 'attachment; filename="jos-afspraak.ics"',
      // The same link later serves the cancellation, so no cache may keep the old state.
      'Cache-Control': 'no-store',
    });
    res.end(document.body);
  });
}
