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
import { loadStaffRoles } from '../src/privacy/staffRoles';
import { loadRetentionSettings } from '../src/retention/settings';
import { loadSpreekuurRules } from '../src/spreekuur/rules';
import { isMain } from './isMain';

export interface KnowledgeSummary {
  dir: string;
  schools: number;
  consentRules: number;
  holidayTables: number;
  firstNames: number;
  meetingGroups: number;
  /** Legal grounds the FG must still confirm: the bot runs, the cards show only the checked part (docs/fg-guide.md). */
  unverifiedGrounds: string[];
}

/** Loads every knowledge file the way the bot does at start-up; throws the KnowledgeError of the first problem. */
export function checkKnowledge(knowledgeDir: string): KnowledgeSummary {
  const dir = resolve(knowledgeDir);
  const core = loadCoreKnowledge(dir);
  const schoolIds = new Set(core.schools.map((school) => school.id));
  const consent = loadConsentKnowledge(join(dir, 'consent'));
  const holidays = loadSchoolHolidays(join(dir, 'holidays'), schoolIds);
  loadSpreekuurRules(dir, schoolIds);
  const names = loadNameLists(join(dir, 'privacy'));
  loadStaffRoles(join(dir, 'privacy'));
  loadConsultationSettings(dir);
  loadRetentionSettings(dir);
  loadMeetingsSetup(join(dir, 'meetings', 'members.yaml'), core.meetingGroups);
  return {
    dir,
    schools: core.schools.length,
    consentRules: Object.keys(consent.rules).length,
    holidayTables: holidays.length,
    firstNames: names.firstNames.size,
    meetingGroups: core.meetingGroups.length,
    unverifiedGrounds: unverifiedGrounds(consent),
  };
}

function main(): void {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'knowledge' } } });
  try {
    const summary = checkKnowledge(values.dir!);
    console.log(
      `knowledge OK (${summary.dir}): ${summary.schools} scholen, ${summary.consentRules} toestemmingsregels, ` +
        `${summary.holidayTables} vakantietabellen, ${summary.firstNames} voornamen, ${summary.meetingGroups} overleggroepen`,
    );
    // Not an error: the bot runs; the cards show only the checked part of each ground (docs/fg-guide.md lists these).
    for (const ground of summary.unverifiedGrounds) console.warn(`Let op, door de FG te bevestigen: ${ground}`);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

// Tests import checkKnowledge; only `npm run knowledge:check` runs the command.
if (isMain(import.meta.url)) main();
