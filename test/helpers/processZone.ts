import { beforeAll } from 'vitest';

/** The time-zone projects (vitest.config.ts) are only worth something when the process really runs in that zone. */
beforeAll(() => {
  const wanted = process.env.TZ;
  const actual = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!wanted || actual !== wanted) throw new Error(`This project must run with the process in TZ=${wanted}, but it runs in ${actual}`);
});
