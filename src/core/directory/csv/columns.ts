// The spreadsheet layout: which headings Waymark reads, and what each becomes. One row per
// activity. docs/directory.md and docs/directory-template.csv describe the same list; a test
// keeps the three in step.

export const COLUMNS = [
  'id', 'name', 'summary', 'description', 'organisation', 'needAreas', 'work',
  'day', 'time', 'whenNotes', 'modes', 'place', 'address', 'postcode', 'latitude', 'longitude',
  'accessibility', 'cost', 'minAge', 'maxAge', 'whoFor', 'howToJoin',
  'contactName', 'phone', 'email', 'website', 'languages', 'lastChecked',
  'nextDates', 'meetYou', 'bringSomeone', 'gettingThere',
] as const;
export type ColumnKey = (typeof COLUMNS)[number];

/**
 * Each column's heading as the template writes it, then other headings people use for it.
 * Headings match whatever their case, spacing and punctuation: "POST CODE", "Post-code" and
 * "postcode" are one heading (see `headingKey`).
 */
export const HEADINGS: Record<ColumnKey, readonly [string, ...string[]]> = {
  id: ['ID', 'Reference', 'Ref'],
  name: ['Name', 'Activity', 'Activity name', 'Group', 'Group name', 'Service', 'Service name'],
  summary: ['Summary', 'In one line'],
  description: ['Description', 'About', 'Details'],
  organisation: ['Organisation', 'Organization', 'Run by', 'Organisation name'],
  needAreas: ['Need areas', 'Need area', 'Helps with'],
  work: ['Help towards work', 'Work', 'Work pathway', 'Pathways'],
  day: ['Day', 'Days'],
  time: ['Time', 'Times'],
  whenNotes: ['When (notes)', 'Notes on when', 'When'],
  modes: ['How to take part', 'Take part'],
  place: ['Place', 'Venue', 'Place name'],
  address: ['Address'],
  postcode: ['Postcode', 'Postal code'],
  latitude: ['Latitude', 'Lat'],
  longitude: ['Longitude', 'Long', 'Lng', 'Lon'],
  accessibility: ['Accessibility', 'Access', 'Getting in and around'],
  cost: ['Cost', 'Price', 'Fee', 'Fees'],
  minAge: ['Minimum age', 'Min age', 'Age from'],
  maxAge: ['Maximum age', 'Max age', 'Age to'],
  whoFor: ['Who it is for', 'Who for', 'Eligibility'],
  howToJoin: ['How to join', 'Join'],
  contactName: ['Contact name', 'Contact'],
  phone: ['Phone', 'Phone number', 'Telephone', 'Tel'],
  email: ['Email', 'Email address'],
  website: ['Website', 'Web address', 'Web', 'URL'],
  languages: ['Languages', 'Language', 'Languages spoken'],
  lastChecked: ['Last checked', 'Checked', 'Date checked', 'Last reviewed'],
  nextDates: ['Next dates', 'Next date', 'Dates', 'Start date'],
  meetYou: ['Someone will meet you', 'Met on arrival', 'Meet and greet'],
  bringSomeone: ['You can bring someone', 'Bring someone', 'Bring a friend'],
  gettingThere: ['How to get there', 'Getting there', 'Directions', 'Transport'],
};

/** "Post-code ", "POSTCODE", "Cost (£)" → "postcode", "postcode", "cost". */
export function headingKey(heading: string): string {
  return heading.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const BY_KEY = new Map<string, ColumnKey>(
  COLUMNS.flatMap((column) => HEADINGS[column].map((heading) => [headingKey(heading), column] as const)),
);

/** The column a heading names, or `undefined` when Waymark does not read it. */
export function columnFor(heading: string): ColumnKey | undefined {
  return BY_KEY.get(headingKey(heading));
}

/** The heading the template uses for a column. */
export function templateHeading(column: ColumnKey): string {
  return HEADINGS[column][0];
}
