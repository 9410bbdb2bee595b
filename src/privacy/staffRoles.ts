import { join } from 'node:path';
import { z } from 'zod/v4';
import { loadYamlFile } from '../knowledge/yaml';
import { defaultNameListsDir } from './nameLists';

const roleWord = z.string().trim().regex(/^[\p{Ll}\p{N}&'’-]+$/u, 'één woord in kleine letters (bijvoorbeeld "jeugdarts" of "j&g")');
const staffRolesFile = z.object({
  roles: z.array(roleWord).min(1),
  'role-endings': z.array(roleWord),
  'compound-heads': z.array(roleWord),
  'pupil-compound-starts': z.array(roleWord),
  'work-fields': z.array(roleWord),
});

/** The staff-role lexicon from knowledge/privacy/staff-roles.yaml, ready to look words up in. */
export interface StaffRoles {
  roles: ReadonlySet<string>;
  ending: RegExp;
  compoundHead: RegExp;
  pupilCompound: RegExp;
  /** Departments of a school and fields of work a role is of ("administratie", "jeugd", "wmo"). */
  workFields: ReadonlySet<string>;
}

const alternation = (words: readonly string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');

/** Reads staff-roles.yaml from `dir`; throws KnowledgeError naming file and field. */
export function loadStaffRoles(dir: string = defaultNameListsDir): StaffRoles {
  const file = loadYamlFile(join(dir, 'staff-roles.yaml'), staffRolesFile);
  return {
    roles: new Set(file.roles),
    ending: new RegExp(`(?:${alternation(file['role-endings'])})$`, 'u'),
    compoundHead: new RegExp(`(?:${alternation(file['compound-heads'])})$`, 'u'),
    pupilCompound: new RegExp(`^(?:${alternation(file['pupil-compound-starts'])})`, 'u'),
    workFields: new Set(file['work-fields']),
  };
}

// Loaded once at start-up, like the name lists: a broken file stops the bot with the file and field named.
const lexicon = loadStaffRoles();

/** "PAJ'er", "smw'er": someone who holds the role. */
const isSimpleStaffRole = (word: string) => lexicon.roles.has(word) || lexicon.ending.test(word) || lexicon.roles.has(word.replace(/['’]er$/u, ''));

/** A word (lower-cased) naming a role of school or care staff; compounds count by their head, a pupil's own role ("leerling-mentor") does not. */
export const isStaffRole = (word: string) =>
  isSimpleStaffRole(word) || (!lexicon.pupilCompound.test(word) && (isSimpleStaffRole(word.split('-').at(-1) ?? '') || (word.length > 8 && lexicon.compoundHead.test(word))));

/** A word as written in a sentence ("Zoco", "coach."): a staff role once lower-cased and without a closing full stop. */
export const isStaffRoleWord = (word: string) => isStaffRole(word.toLocaleLowerCase('nl').replace(/\.$/u, ''));

/** "gedragswet." for "gedragswetenschapper": a role cut short with a full stop, read by its beginning. */
export const isShortenedStaffRole = (shortened: string) => [...lexicon.roles].some((role) => role.startsWith(shortened));

/**
 * "administratie", "leerlingzaken", "jeugd", "wmo": a department or field of work a staff role is of (lower-cased); a compound
 * ending in one of six letters or more is one too ("projectsecretariaat", "jeugdgezondheid").
 */
export const isWorkField = (word: string) => lexicon.workFields.has(word) || [...lexicon.workFields].some((field) => field.length >= 6 && word.length > field.length && word.endsWith(field));
