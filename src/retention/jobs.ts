import { z } from 'zod/v4';
import { defineJob } from '../jobs/define';

/** The daily purge of free text past its retention (knowledge/retention.yaml). */
export const RETENTION_PURGE_JOB = defineJob('retention.purge', z.object({}));
