/// <reference types="node" />
// Every language is complete: each XLIFF file holds every message in the source, each with a
// translation that keeps the placeholders. (The browser tests check what actually shows.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractUiMessages } from '../i18n/readability/messages.ts';
import { TEST_TIMEOUT } from './harness.ts';

const TARGETS = ['cy', 'pl', 'ur', 'ar', 'bn'];

interface Unit {
  id: string;
  source: string;
  target?: string;
}

function units(locale: string): Unit[] {
  const xml = readFileSync(new URL(`../../locales/${locale}.xlf`, import.meta.url), 'utf8');
  return [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: id!,
    source: /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1],
  }));
}

const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort().join(',');

describe('translations', () => {
  const { distinct } = extractUiMessages();

  for (const locale of TARGETS) {
    it(`${locale} has every message, each translated with its placeholders`, { timeout: TEST_TIMEOUT }, () => {
      const all = units(locale);
      assert.equal(all.length, distinct, `${locale}.xlf is out of step with the source: run npx lit-localize extract`);
      const missing = all.filter((u) => !u.target?.trim()).map((u) => u.source);
      assert.deepEqual(missing, [], `${locale}: untranslated`);
      const broken = all.filter((u) => placeholders(u.source) !== placeholders(u.target ?? '')).map((u) => u.id);
      assert.deepEqual(broken, [], `${locale}: placeholders differ`);
    });
  }
});
