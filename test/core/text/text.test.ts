import { expect } from '@open-wc/testing';
import { chooseLocale, directionOf, nativeName, supportedLocale } from '../../../src/core/text/choose-locale.ts';
import { localText } from '../../../src/core/text/local-text.ts';
import { smsHref, telHref } from '../../../src/core/text/phone.ts';
import { safeHref, settingLink } from '../../../src/core/text/safe-href.ts';
import { dateText, listText, numberText } from '../../../src/words/intl.ts';
import { intlLocale } from '../../../src/core/text/intl-locale.ts';
import { LOCALES } from '../../../src/core/vocabulary/lists.ts';

describe('core/text', () => {
  describe('localText', () => {
    const text = { en: 'Walk', cy: 'Taith gerdded', 'pt-BR': 'Caminhada' };

    it('picks the exact language, then the base language, then English, then the first given', () => {
      expect(localText(text, 'cy')).to.equal('Taith gerdded');
      expect(localText(text, 'cy-GB')).to.equal('Taith gerdded');
      expect(localText(text, 'pt-BR')).to.equal('Caminhada');
      expect(localText(text, 'pl')).to.equal('Walk');
      expect(localText({ cy: 'Taith' }, 'pl')).to.equal('Taith');
    });

    it('passes plain strings and nothing through', () => {
      expect(localText('Walk', 'ar')).to.equal('Walk');
      expect(localText(undefined, 'en')).to.equal(undefined);
    });
  });

  describe('phone links', () => {
    it('keeps only digits and a leading plus', () => {
      expect(telHref('116 123')).to.equal('tel:116123');
      expect(telHref('+44 (0)1632 960000')).to.equal('tel:+4401632960000');
    });

    it('adds the word to text to, encoded', () => {
      expect(smsHref('85 258')).to.equal('sms:85258');
      expect(smsHref('85258', 'SHOUT & more')).to.equal('sms:85258?&body=SHOUT%20%26%20more');
    });
  });

  describe('safeHref', () => {
    it('allows https, tel and mailto only', () => {
      expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
      expect(safeHref('  tel:01632960000 ')).to.equal('tel:01632960000');
      expect(safeHref('MAILTO:help@example.org')).to.equal('MAILTO:help@example.org');
      expect(safeHref('http://example.org')).to.equal(undefined);
      expect(safeHref('javascript:alert(1)')).to.equal(undefined);
      expect(safeHref('data:text/html,<p>')).to.equal(undefined);
      expect(safeHref('')).to.equal(undefined);
      expect(safeHref(null)).to.equal(undefined);
    });

    it('sees through the whitespace and control characters browsers ignore in a scheme', () => {
      expect(safeHref('java\nscript:alert(1)')).to.equal(undefined);
      expect(safeHref('\u0001javascript:alert(1)')).to.equal(undefined);
      // A URL with a control character inside is refused outright (SAFETY.md H23): it can be made
      // to read as another address.
      expect(safeHref('ht\ttps://example.org')).to.equal(undefined);
    });
  });

  describe('settingLink: a link from the service\'s own config (issue 15: the privacy notice)', () => {
    it('resolves a path on this site against the page, and links it even on an http page', () => {
      expect(settingLink('/privacy.html', 'http://charity.example/get-help/form')).to.deep.equal({ href: 'http://charity.example/privacy.html' });
      expect(settingLink('../privacy.html', 'https://gp.example/a/b')).to.deep.equal({ href: 'https://gp.example/privacy.html' });
      expect(settingLink('./notice', 'http://127.0.0.1:5173/practice.html')).to.deep.equal({ href: 'http://127.0.0.1:5173/notice' });
    });

    it('links an absolute https address, or http on this computer for development', () => {
      expect(settingLink('https://nhs.example/privacy', 'http://charity.example/')).to.deep.equal({ href: 'https://nhs.example/privacy' });
      expect(settingLink('http://localhost:8080/privacy', 'http://localhost:5173/')).to.deep.equal({ href: 'http://localhost:8080/privacy' });
    });

    it('says why it will not link anything else', () => {
      expect(settingLink('http://charity.example/privacy', 'https://charity.example/').why).to.match(/only https addresses, a path on this site/);
      expect(settingLink('//evil.example/privacy', 'https://charity.example/').why).to.match(/only https addresses/);
      expect(settingLink('javascript:alert(1)', 'https://charity.example/').why).to.match(/only https addresses/);
      expect(settingLink('/privacy\u202e.html', 'https://charity.example/').why).to.match(/direction characters/);
    });
  });

  describe('choosing a language', () => {
    it('prefers the person, then the element, then the page, then the service', () => {
      expect(chooseLocale({ chosen: 'pl', attribute: 'cy', page: 'ar', configDefault: 'en' })).to.equal('pl');
      expect(chooseLocale({ attribute: 'cy-GB', page: 'ar', configDefault: 'en' })).to.equal('cy');
      expect(chooseLocale({ attribute: 'fr', page: 'ar-EG', configDefault: 'en' })).to.equal('ar');
      expect(chooseLocale({ page: 'de', configDefault: 'bn' })).to.equal('bn');
    });

    it('knows only the languages it has, each by its own name and direction', () => {
      expect(supportedLocale('UR_pk')).to.equal('ur');
      expect(supportedLocale('zz')).to.equal(undefined);
      expect(LOCALES.map(directionOf)).to.deep.equal(LOCALES.map((l) => (l === 'ar' || l === 'ur' ? 'rtl' : 'ltr')));
      expect(new Set(LOCALES.map(nativeName)).size).to.equal(LOCALES.length);
    });
  });

  describe('Intl', () => {
    it('writes British English dates, lists and numbers', () => {
      expect(intlLocale('en')).to.equal('en-GB');
      expect(dateText(new Date('2026-11-21T00:00:00Z'), 'en')).to.equal('21 November 2026');
      expect(listText(['Monday', 'Tuesday', 'Friday'], 'en')).to.equal('Monday, Tuesday and Friday');
      expect(listText(['a', 'b'], 'en', 'unit')).to.equal('a, b');
      expect(numberText(1234.5, 'en', { style: 'currency', currency: 'GBP' })).to.equal('£1,234.50');
    });

    it('reads a date in UTC, as Waymark stores dates', () => {
      expect(dateText(new Date('2026-11-21T23:30:00-05:00'), 'en')).to.equal('22 November 2026');
    });
  });
});
