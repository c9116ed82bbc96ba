// Reads the Time column: "10am–12pm", "10am-12pm", "10:00-12:00", "2-4pm", "10.30am to noon".
// A wrong guess sends someone to a locked hall, so a time that could be morning or evening
// ("10 till 12", "7:30-9:30") is sent back to be written with am or pm, never guessed.

export type TimeRange = { opens: string; closes?: string };
export type TimeProblem = 'unreadable-time' | 'time-needs-am-pm' | 'several-times' | 'ends-before-start';
export type TimeRead = { ok: true; range: TimeRange } | { ok: false; problem: TimeProblem };

type Suffix = 'am' | 'pm';

interface Written {
  hour: number;
  minute: number;
  suffix?: Suffix;
  /** "09:30", "14:00": the 24-hour clock, written with two digits for the hour and minutes. */
  twentyFour: boolean;
}

// Dashes of every width, and the words people put between two times.
const BETWEEN = /\s*(?:[-‐‑‒–—―]|\b(?:to|till|til|until)\b|'til\b)\s*/i;
const CLOCK = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)?$/i;

function readOne(raw: string): Written | undefined {
  const s = raw.trim().toLowerCase();
  if (/^(?:12\s*)?(?:noon|midday)$/.test(s)) return { hour: 12, minute: 0, suffix: 'pm', twentyFour: false };
  if (/^(?:12\s*)?midnight$/.test(s)) return { hour: 12, minute: 0, suffix: 'am', twentyFour: false };
  const m = CLOCK.exec(s);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (minute > 59) return undefined;
  const suffix = m[3] ? (m[3].startsWith('a') ? 'am' : 'pm') : undefined;
  if (suffix && (hour < 1 || hour > 12)) return undefined;
  if (!suffix && hour > 23) return undefined;
  return { hour, minute, suffix, twentyFour: !suffix && m[1]!.length === 2 && m[2] !== undefined };
}

/** Minutes after midnight, with am or pm, or `undefined` when the writing does not say which. */
function minutes(w: Written, suffix = w.suffix): number | undefined {
  if (suffix) return ((w.hour % 12) + (suffix === 'pm' ? 12 : 0)) * 60 + w.minute;
  // "14:30" says afternoon by itself; "09:30" and "10:00" say morning by their two-digit hour.
  if (w.twentyFour || w.hour >= 13) return w.hour * 60 + w.minute;
  return undefined;
}

function clock(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * "2-4pm": a start with no am/pm takes the end's, unless that puts it after the end
 * ("10-12pm", "11-1pm" start in the morning). "10am-2": an end with no am/pm takes the
 * start's, or pm when that puts it before the start. That is how the times are said aloud.
 */
function readRange(fromText: string, toText: string): TimeRead {
  const from = readOne(fromText);
  const to = readOne(toText);
  if (!from || !to) return { ok: false, problem: 'unreadable-time' };
  let opens: number | undefined;
  let closes: number | undefined;
  if (!from.suffix && to.suffix && !from.twentyFour && from.hour >= 1 && from.hour <= 12) {
    closes = minutes(to);
    opens = minutes(from, to.suffix);
    if (opens! >= closes!) opens = minutes(from, 'am');
  } else if (from.suffix && !to.suffix && !to.twentyFour && to.hour >= 1 && to.hour <= 12) {
    opens = minutes(from);
    closes = minutes(to, from.suffix);
    if (closes! <= opens! && from.suffix === 'am') closes = minutes(to, 'pm');
  } else {
    opens = minutes(from);
    closes = minutes(to);
  }
  if (opens === undefined || closes === undefined) return { ok: false, problem: 'time-needs-am-pm' };
  if (closes <= opens) return { ok: false, problem: 'ends-before-start' };
  return { ok: true, range: { opens: clock(opens), closes: clock(closes) } };
}

/** The Time cell as opening and closing times (24-hour "HH:MM"), or what is wrong with it. */
export function readTime(cell: string): TimeRead {
  const s = cell.trim().replace(/^(?:from|starts?(?: at)?)\s+/i, '');
  const parts = s.split(BETWEEN).filter((p) => p !== '');
  if (parts.length === 1) {
    const one = readOne(parts[0]!);
    if (!one) return severalOrUnreadable(s);
    const opens = minutes(one);
    return opens === undefined ? { ok: false, problem: 'time-needs-am-pm' } : { ok: true, range: { opens: clock(opens) } };
  }
  if (parts.length === 2) {
    const read = readRange(parts[0]!, parts[1]!);
    return read.ok || read.problem !== 'unreadable-time' ? read : severalOrUnreadable(s);
  }
  return severalOrUnreadable(s);
}

/** "10am–12pm and 2pm–4pm": two sessions in one cell, which want a row each. */
function severalOrUnreadable(s: string): TimeRead {
  const pieces = s.split(/\s*(?:,|;|&|\band\b|\n)\s*/i).filter((p) => p !== '');
  const several = pieces.length > 1 && pieces.every((p) => readTime(p).ok);
  return { ok: false, problem: several ? 'several-times' : 'unreadable-time' };
}
