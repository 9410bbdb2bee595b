import { bench, describe } from 'vitest';
import { emlOutbox, meetingInput, meetingsWorld, pb, planned, PLAN_2022_2023 } from '../test/meetings/fixture';

const world = meetingsWorld();
const box = emlOutbox(world);
let day = 0;

/** A fresh date each round, so every send is a new meeting (two hours, no overlap). */
function nextInput() {
  day += 1;
  const date = new Date(Date.UTC(2023, 0, 2) + (day % 3000) * 86_400_000).toISOString().slice(0, 10);
  return meetingInput({ date, title: `Bijeenkomst ${day}` });
}

describe('meetings', () => {
  bench('plan and send to the netwerkgroep (9 invitations rendered and queued)', () => {
    world.service.send(pb, planned(world, nextInput()).id);
  });
  bench('send and deliver 9 invitations as .eml files', async () => {
    world.service.send(pb, planned(world, nextInput()).id);
    await box.flush();
  });
  bench('preview the 2022–2023 year plan import (parse, holiday, numbering and overlap warnings)', () => {
    world.importer.preview(pb, PLAN_2022_2023);
  });
});
