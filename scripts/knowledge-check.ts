/**
 * `npm run knowledge:check [-- --dir <knowledge dir>]`: validates every data file people maintain, the way the bot
 * does at start-up. Exit 0 with a summary, or exit 1 with the file and field of the first problem.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSchoolHolidays } from '../src/calendar/holidays';
import { unverifiedGrounds } from '../src/consent/checks';
import { loadConsentKnowledge } from '../src/consent/knowledge';
import { loadConsultationSettings } from '../src/consultations/settings';
import { loadCoreKnowledge } from '../src/knowledge/core';
import { KnowledgeError } from '../src/knowledge/yaml';
import { loadMeetingsSetup } from '../src/meetings/knowledge';
import { loadNameLists } from '../src/privacy/nameLists';
import { loadSpreekuurRules } from '../src/spreekuur/rules';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'knowledge' } } });
const dir = resolve(values.dir!);

try {
  const core = loadCoreKnowledge(dir);
  const schoolIds = new Set(core.schools.map((school) => school.id));
  const consent = loadConsentKnowledge(join(dir, 'consent'));
  const holidays = loadSchoolHolidays(join(dir, 'holidays'), schoolIds);
  loadSpreekuurRules(dir, schoolIds);
  const names = loadNameLists(join(dir, 'privacy'));
  loadConsultationSettings(dir);
  loadMeetingsSetup(join(dir, 'meetings', 'members.yaml'), core.meetingGroups);
  console.log(
    `knowledge OK (${dir}): ${core.schools.length} scholen, ${Object.keys(consent.rules).length} toestemmingsregels, ` +
      `${holidays.length} vakantietabellen, ${names.firstNames.size} voornamen, ${core.meetingGroups.length} overleggroepen`,
  );
  // Not an error: the bot runs; the cards show only the checked part of each ground (docs/fg-guide.md lists these).
  for (const ground of unverifiedGrounds(consent)) console.warn(`Let op, door de FG te bevestigen: ${ground}`);
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(error.message);
  process.exit(1);
}
