import { Hono } from 'hono';
import { needAreaLink } from '../../../src/core/directory/need-area-link.ts';
import { z } from '../../../src/core/model/zod.ts';
import { publishedActivities } from '../../store/directory.ts';
import type { Staff, StaffEnv } from '../context.ts';
import { bookletPage } from '../pages/booklet.ts';
import type { FieldError } from '../pages/form.ts';

const BookletQuery = z.object({ finder: z.optional(z.string().check(z.trim(), z.maxLength(2000))) });

/** Why a finder page cannot carry the QR codes, or nothing when it can (or none was given). */
function finderProblem(finder: string | undefined): FieldError | undefined {
  if (!finder || needAreaLink(finder, 'loneliness')) return undefined;
  return { field: 'finder', message: 'Give the web address of the page with your activity finder, starting with https://' };
}

/**
 * `/inbox/directory/booklet`: the published directory as a large-print booklet to print, with a
 * QR code a need area when staff give the public page that has the activity finder.
 */
export function bookletRoutes(staff: Staff) {
  return new Hono<StaffEnv>().get('/', async (c) => {
    const parsed = BookletQuery.safeParse(c.req.query());
    const finder = (parsed.success ? parsed.data.finder : undefined) || undefined;
    const problem = parsed.success ? finderProblem(finder) : { field: 'finder', message: 'Give a shorter web address' };
    const activities = await publishedActivities(staff.db);
    return c.html(
      bookletPage({
        viewer: c.get('viewer')!,
        activities,
        finderPage: finder,
        serviceName: staff.serviceName,
        servicePhone: staff.checkIns?.servicePhone,
        today: new Date(staff.now()).toISOString().slice(0, 10),
        errors: problem ? [problem] : [],
      }).text,
      problem ? 422 : 200,
    );
  });
}
