import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig } from '../config.ts';
import { csvCell } from '../export/csv-cell.ts';
import { newReference } from '../intake/reference.ts';

describe('inbox settings', { timeout: 10_000 }, () => {
  it('defaults to loopback:8787 on PGlite in .waymark-inbox', () => {
    const read = readConfig({});
    assert.ok(read.ok);
    assert.equal(read.config.host, '127.0.0.1');
    assert.equal(read.config.port, 8787);
    assert.equal(read.config.databaseUrl, undefined);
    assert.equal(read.config.dataDir, '.waymark-inbox');
    assert.deepEqual(read.config.corsOrigins, []);
  });

  it('names each bad setting', () => {
    const read = readConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', INBOX_CORS_ORIGINS: 'https://ok.example, https://bad.example/path', INBOX_REFERENCE_PREFIX: 'WO' });
    assert.equal(read.ok, false);
    const paths = !read.ok ? read.problems.map((p) => p.path) : [];
    assert.deepEqual(paths.sort(), ['DATABASE_URL', 'INBOX_CORS_ORIGINS[1]', 'INBOX_REFERENCE_PREFIX', 'PORT']);
  });

  it('refuses a public address without TLS, and accepts it with certificates or behind a TLS proxy', () => {
    assert.equal(readConfig({ HOST: '0.0.0.0' }).ok, false);
    assert.equal(readConfig({ HOST: '0.0.0.0', INBOX_TLS_CERT: 'cert.pem' }).ok, false);
    assert.ok(readConfig({ HOST: '0.0.0.0', INBOX_TLS_CERT: 'cert.pem', INBOX_TLS_KEY: 'key.pem' }).ok);
    assert.ok(readConfig({ HOST: '0.0.0.0', INBOX_TLS_BY_PROXY: 'true' }).ok);
    assert.ok(readConfig({ HOST: '::1' }).ok);
  });
});

describe('references', { timeout: 10_000 }, () => {
  it('are short, readable, with the configured prefix and no O, 0, I or 1', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const reference = newReference('AV');
      assert.match(reference, /^AV-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
      seen.add(reference);
    }
    assert.equal(seen.size, 2000);
  });
});

describe('CSV cells', { timeout: 10_000 }, () => {
  it('turn formulas into text and keep commas, quotes and line breaks inside the cell', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.equal(csvCell(`${start}1+1`), `"'${start}1+1"`);
    assert.equal(csvCell('Sam "Tay", lor\nsecond line'), '"Sam ""Tay"", lor\nsecond line"');
    assert.equal(csvCell(undefined), '""');
    assert.equal(csvCell(['a', 'b']), '"a; b"');
  });
});
