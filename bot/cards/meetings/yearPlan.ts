/** Importing a year plan: paste, check the warnings, save as drafts, send them all. */
import type { Meeting } from '../../../src/meetings/model';
import type { PlanRow, PlanRowError } from '../../../src/meetings/plan';
import type { ImportPreview } from '../../../src/meetings/planImport';
import { YEAR_PLAN_MONTHS_AHEAD } from '../../../src/meetings/time';
import { actionSet, adaptiveCard, bulletList, executeAction, heading, paragraph, smallPrint, textInput, type AdaptiveCardJson, plainText } from '../kit';
import { meetingLine, short, warningBlock } from './common';
import { MEETING_VERBS } from './verbs';

const ROW_ERROR_TEXT: Record<PlanRowError, (date: string) => string> = {
  'unknown-group': () => 'onbekende groep (netwerkgroep of leeromgeving)',
  'invalid-date': () => 'datum onleesbaar of bestaat niet',
  'date-in-past': (date) => `${short(date)} ligt in het verleden`,
  'date-too-far': (date) => `${short(date)} ligt meer dan ${YEAR_PLAN_MONTHS_AHEAD} maanden vooruit`,
  'invalid-time': () => 'begin- of eindtijd onleesbaar',
  'end-before-start': () => 'eindtijd ligt voor de begintijd',
  'missing-title': () => 'titel ontbreekt',
  'invalid-number': () => 'nummer is geen positief getal',
  'invalid-link': () => 'online link moet met https:// beginnen',
};

/** "regel 3: 17 januari 2023 ligt in het verleden": each refused row with what is wrong with it. */
const rowProblems = (rows: PlanRow[]) => bulletList(rows.map((row) => `regel ${row.line}: ${row.errors.map((e) => ROW_ERROR_TEXT[e](row.date ?? '')).join(', ')}`));

/** The paste field; after a refusal with the problem, the refused rows and the pasted text kept to correct. */
export function importFormCard(error?: string, refused: { rows?: PlanRow[]; text?: string } = {}): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading('Jaarplanning importeren'),
      ...(error ? [paragraph(error, { color: 'Attention' })] : []),
      ...(refused.rows?.length ? [rowProblems(refused.rows)] : []),
      paragraph('Plak de planning als CSV (met kopregel) of YAML. Eerst zie je de waarschuwingen; er wordt nog niets opgeslagen of verstuurd.'),
      textInput('text', 'Planning', { multiline: true, required: true, maxLength: 20000, placeholder: 'groep;nummer;titel;datum;begin;eind;plaats;reserve;agenda', value: refused.text }),
    ],
    [executeAction('Controleren', MEETING_VERBS.importPreview, {}, { style: 'positive' })],
  );
}

export function importPreviewCard(preview: Extract<ImportPreview, { ok: true }>, groupNameOf: (id: string) => string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading(`Jaarplanning: ${preview.inputs.length} bijeenkomsten`),
      bulletList(preview.inputs.map((i) => `${groupNameOf(i.groupId)}: ${plainText(i.title)}, ${short(i.date)} ${i.startTime}–${i.endTime}${i.reserve ? ' (reservedatum)' : ''}`)),
      ...(preview.invalid.length
        ? [
            paragraph(`Deze regels neem ik niet over (${preview.invalid.length}):`, { bold: true, color: 'Attention' }),
            rowProblems(preview.invalid),
          ]
        : []),
      ...warningBlock(preview.warnings, groupNameOf),
      smallPrint('Opslaan maakt concepten; uitnodigingen gaan pas weg als je ze verstuurt.'),
    ],
    [executeAction('Opslaan als concept', MEETING_VERBS.importApply, { importId: preview.importId }, { style: 'positive' })],
  );
}

export function importedCard(meetings: Meeting[], recipientCount: (groupId: string) => number, groupNameOf: (id: string) => string): AdaptiveCardJson {
  const groupIds = [...new Set(meetings.map((m) => m.groupId))];
  return adaptiveCard(
    [
      heading(`${meetings.length} concepten opgeslagen`),
      ...meetings.map((m) => ({
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [paragraph(`${groupNameOf(m.groupId)}: ${meetingLine(m)}`)] },
          { type: 'Column', width: 'auto', items: [actionSet([executeAction(`Open ${short(m.date)}`, MEETING_VERBS.show, { meetingId: m.id })])] },
        ],
      })),
      paragraph(
        `Bij versturen krijgt ieder lid per bijeenkomst een agenda-uitnodiging per e-mail (reservedata als voorlopige afspraak): ${groupIds
          .map((id) => `${groupNameOf(id)} ${recipientCount(id)} leden`)
          .join(', ')}.`,
        { bold: true },
      ),
    ],
    [executeAction('Alle concepten versturen', MEETING_VERBS.sendDrafts, { meetingIds: meetings.map((m) => m.id) }, { style: 'positive' })],
  );
}
