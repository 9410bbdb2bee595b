import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/yaml';
import { createScreen, defaultNameListsDir, loadNameLists, maskText, passesElfproef } from '../../src/privacy';
import { screen as screenText } from '../helpers/screen';

const now = new Date('2026-11-23T12:00:00Z');
const kindsAndTexts = (text: string, allow?: string[]) =>
  screenText(text, { now, allow }).findings.map((found) => [found.kind, found.text]);

describe('screenText', () => {
  it.each([
    ['Het BSN is 111222333.', ['bsn', '111222333']],
    ['BSN 1234.56.782 staat in het dossier', ['bsn', '1234.56.782']],
    ['Bel vader op 06 12 34 56 78 graag', ['phone', '06 12 34 56 78']],
    ['Via +31 (0)72 512 3456 bereikbaar', ['phone', '+31 (0)72 512 3456']],
    ['Mail naar ouder.x@example.nl vandaag', ['email', 'ouder.x@example.nl']],
    ['Geboren op 1 april 2012 in Alkmaar', ['birthdate', '1 april 2012']],
    ['Geboortedatum: 05-06-2011', ['birthdate', '05-06-2011']],
    ['Ze woont op de Kerkstraat 12b sinds de zomer', ['address', 'Kerkstraat 12b']],
    ['Postcode 1811 KL, vlak bij school', ['address', '1811 KL']],
    ['Leerlingnummer: 123456 heeft verzuim', ['student-number', 'Leerlingnummer: 123456']],
    ['Ik sprak de moeder van Xandrijn gisteren', ['name', 'Xandrijn']],
    ['Een onbekende naam met leeftijd: Quirijntje (13) is stil', ['name', 'Quirijntje']],
    ['Het gaat om J. de Vries uit de onderbouw', ['name', 'J. de Vries']],
    ['Ik sprak mevrouw van der Meer over haar zoon', ['name', 'van der Meer']],
    ['Milan uit 1C wordt gepest', ['class-and-name', 'Milan uit 1C']],
    ['Xandrijn uit 2B is weer geschorst.', ['class-and-name', 'Xandrijn uit 2B']],
    ['Vorige week ging het mis. Quirijntje zit in 3A en huilt veel.', ['class-and-name', 'Quirijntje zit in 3A']],
    ['Tim van den Heuvel uit 4V heeft een paniekaanval gehad', ['class-and-name', 'Tim van den Heuvel uit 4V']],
    ['Het gezin woont op 1811 AB 12 in de wijk', ['address', '1811 AB 12']],
    ['Moeder belt vanaf een Pools nummer, +48 512 345 678.', ['phone', '+48 512 345 678']],
    ['Geboortedatum volgens het dossier: 2011-03-12', ['birthdate', '2011-03-12']],
    ['Ze woont op de kerkstraat 12 bij haar oma', ['address', 'kerkstraat 12']],
    ['Daans moeder belde gisteren', ['name', 'Daans']],
    ['Zijn moeder, mevr. Bouchtaoui, wil geen contact.', ['name', 'Bouchtaoui']],
    ['Anne-Xandrijn zit veel alleen in de aula.', ['name', 'Anne-Xandrijn']],
    ['Xandrijn (2B) is weer geschorst.', ['class-and-name', 'Xandrijn (2B)']],
    ['Xandrijn, 1D, wordt uitgescholden.', ['class-and-name', 'Xandrijn, 1D']],
    ['Zijn ouders (fam. de Wit) zijn gescheiden.', ['name', 'de Wit']],
  ])('finds the identifying part in %j', (text, expected) => {
    expect(kindsAndTexts(text)).toContainEqual(expected);
  });

  it.each([
    'Een leerling is in maart 2025 drie keer weggelopen.',
    'Het incident was op 12-03-2026 in de aula.',
    'We werken met Rots & Water en de Kanjertraining.',
    'Een leerling van het Jan Arentsz woont in Den Helder.',
    'Op dinsdag heeft hij Frans, Duits en Wiskunde.',
    'Hoop doet leven, zegt de mentor.',
    'Hij zit in de 2e klas en haalt een 7 voor Engels.',
    'Zit in klas B. Daarna ging hij naar huis.',
    'De moeder ben ik nog niet tegengekomen, wil ik wel.',
    'Het is een groep van 123456789 mensen.',
    'Iemand uit 2B heeft het filmpje gedeeld.',
    'Hij zit in 3A en haalt goede cijfers.',
    'Meiden uit 1C worden buitengesloten.',
    'Gisteren zat in 2B niemand op zijn plek.',
    'Het gesprek was op 2026-11-02 in de mentorkamer.',
    'Hij volgt het leerpad 3 van de rekenmethode.',
    'Hij is op de speelplaats 2 keer geslagen.',
    'Ik sprak vanochtend met meneer. Daarna ging ik naar de les.',
    'Noord-Holland heeft lange wachtlijsten voor de jeugd-GGZ.',
  ])('finds nothing in %j', (text) => {
    expect(kindsAndTexts(text)).toEqual([]);
  });

  it('only accepts nine digits that pass the elfproef as a BSN', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('111222334')).toBe(false);
    expect(kindsAndTexts('nummer 111222334 klopt niet')).toEqual([]);
  });

  it('treats a word the mentor confirmed as no name, for that text only', () => {
    expect(kindsAndTexts('We gaan naar meneer Steenbok', ['Steenbok'])).toEqual([]);
    expect(kindsAndTexts('We gaan naar meneer Steenbok')).toEqual([['name', 'Steenbok']]);
    expect(kindsAndTexts('Een leerling uit Warmenhuizen zit in 2B')).toEqual([['class-and-name', 'Warmenhuizen zit in 2B']]);
    expect(kindsAndTexts('Een leerling uit Warmenhuizen zit in 2B', ['Warmenhuizen'])).toEqual([]);
    // Confirming a word does not hide a phone number that contains nothing of it.
    expect(kindsAndTexts('Steenbok 0612345678', ['Steenbok'])).toEqual([['phone', '0612345678']]);
  });

  it('reports offsets that point at the finding in the original text', () => {
    const text = 'Vandaag huilde Sanne weer.';
    const [found] = screenText(text, { now }).findings;
    expect(text.slice(found!.start, found!.end)).toBe('Sanne');
  });
});

describe('maskText', () => {
  it('replaces each identifying part with a placeholder and keeps the rest', () => {
    const text = 'Milan uit 1C belt vanaf 0612345678 naar zijn oma.';
    expect(maskText(text, screenText(text, { now }).findings)).toBe('[klas en naam] belt vanaf [telefoonnummer] naar zijn oma.');
  });
});

describe('loadNameLists', () => {
  it('loads the shipped lists with a few thousand names and phrases', () => {
    const lists = loadNameLists(defaultNameListsDir);
    expect(lists.firstNames.size).toBeGreaterThan(1000);
    expect(lists.firstNames.has('sanne')).toBe(true);
    expect(lists.notNamePhrases).toContain('rots & water');
  });

  it('names the file and field of a broken list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'names-'));
    cpSync(defaultNameListsDir, dir, { recursive: true });
    writeFileSync(join(dir, 'surnames.yaml'), 'surnames: [Jansen, 42]\n');
    expect(() => loadNameLists(dir)).toThrow(KnowledgeError);
    expect(() => loadNameLists(dir)).toThrow(/surnames\.yaml: surnames\[1\]/);
    writeFileSync(join(dir, 'surnames.yaml'), 'surnames: [Jansen]\n');
    writeFileSync(join(dir, 'first-names.yaml'), 'girls: [Sanne, Ana Maria]\n');
    expect(() => loadNameLists(dir)).toThrow(/first-names\.yaml: girls\[1\]: één woord per naam/);
  });

  it('uses whatever lists it is given', () => {
    const lists = loadNameLists(defaultNameListsDir);
    const screen = createScreen({ ...lists, firstNames: new Set(['wobbe']) });
    expect(screen('Wobbe is er niet', { now }).identifying).toBe(true);
    expect(screen('Sanne is er niet', { now }).identifying).toBe(false);
  });
});

describe('npm run screen', () => {
  it('prints one JSON object with the kind and text of each finding', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/screen.ts', 'Daan belt 0612345678'], { encoding: 'utf8' });
    expect(output.trim()).toBe('{"identifying": true, "findings": [{"kind": "name", "text": "Daan"}, {"kind": "phone", "text": "0612345678"}]}');
    expect(JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/screen.ts', 'Een leerling in Alkmaar'], { encoding: 'utf8' }))).toEqual({
      identifying: false,
      findings: [],
    });
  });
});

