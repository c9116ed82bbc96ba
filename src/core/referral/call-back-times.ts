import type { OpeningHours } from '../model/config.ts';
import { DAYS, TIMES_OF_DAY, type Day, type TimeOfDay } from '../vocabulary/lists.ts';

/** The days and times of day the request form offers for a call back. */
export interface CallBackChoices {
  days: Day[];
  times: TimeOfDay[];
}

/** Minutes from midnight where each time of day starts and ends, as the form's labels say them. */
const BANDS: Record<TimeOfDay, readonly [number, number]> = {
  morning: [0, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, 24 * 60],
};

/**
 * A time of day is offered when the service is open for at least this long in it (or for all of a
 * shorter opening): a service open until 5.30pm cannot promise an evening call.
 */
const LEAST_OVERLAP_MINUTES = 60;

const minutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * Which days and times a link worker can call back, from the service's opening hours. Words only
 * (or no setting) leave every choice, as before; opening periods offer only the days they name,
 * in week order, and the times of day they cover. Days and times are asked as two questions, so a
 * time is offered if the service is open then on any of its days.
 */
export function callBackChoices(hours: OpeningHours | undefined): CallBackChoices {
  if (!Array.isArray(hours)) return { days: [...DAYS], times: [...TIMES_OF_DAY] };
  const days = DAYS.filter((day) => hours.some((p) => p.days.includes(day)));
  const times = TIMES_OF_DAY.filter((time) =>
    hours.some((p) => {
      const [start, end] = BANDS[time];
      const opens = minutes(p.opens);
      const closes = minutes(p.closes);
      const overlap = Math.min(end, closes) - Math.max(start, opens);
      return overlap > 0 && overlap >= Math.min(LEAST_OVERLAP_MINUTES, closes - opens);
    }),
  );
  return { days, times };
}
