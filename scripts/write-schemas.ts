/// <reference types="node" />
// Publishes the contracts as JSON Schema next to the bundle, so a receiving service can validate
// a referral, and a directory publisher can check a Waymark JSON file, without reading our code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from '../src/core/model/zod.ts';
import { Referral } from '../src/core/model/referral.ts';
import { FollowUp } from '../src/core/model/follow-up.ts';
import { ListingReport } from '../src/core/model/listing-report.ts';
import { Activity } from '../src/core/model/activity.ts';
import { WaymarkConfig } from '../src/core/model/config.ts';

const out = new URL('../dist/', import.meta.url);
mkdirSync(out, { recursive: true });

function write(name: string, title: string, schema: z.ZodMiniType, io: 'input' | 'output') {
  const json = { ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }), title, $id: `https://waymark.example/schemas/${name}` };
  writeFileSync(new URL(name, out), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote dist/${name}`);
}

write('referral.schema.json', 'Waymark referral (schemaVersion 1)', Referral, 'output');
write('follow-up.schema.json', 'Waymark check-in, about 12 weeks after a referral (schemaVersion 1)', FollowUp, 'output');
write('listing-report.schema.json', 'Waymark listing report: a problem with a directory entry, anonymous (schemaVersion 1)', ListingReport, 'output');
write(
  'directory.schema.json',
  'Waymark directory',
  z.object({ activities: z.array(Activity) }),
  'input',
);
write('config.schema.json', 'Waymark configuration', WaymarkConfig, 'input');
