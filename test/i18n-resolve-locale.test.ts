import { expect } from '@open-wc/testing';
import { localeDirection, matchLocale, resolveLocale } from '../src/i18n/resolve-locale.js';

const AVAILABLE = ['en', 'en-XA', 'ar-XB', 'es'];
const resolve = (request: Parameters<typeof resolveLocale>[0]) => resolveLocale(request, AVAILABLE, 'en');

describe('resolveLocale: which locale a widget shows', () => {
  it('takes the locale attribute first, over the page and the browser', () => {
    expect(resolve({ attribute: 'es', documentLang: 'en-XA', browserLanguages: ['ar-XB'] })).to.deep.equal({ locale: 'es' });
  });

  it("without the attribute, takes the page's <html lang>, then the browser's languages in order", () => {
    expect(resolve({ documentLang: 'en-XA', browserLanguages: ['es'] })).to.deep.equal({ locale: 'en-XA' });
    expect(resolve({ documentLang: '', browserLanguages: ['de-DE', 'es-ES', 'en'] })).to.deep.equal({ locale: 'es' });
    expect(resolve({ documentLang: 'de', browserLanguages: ['fr', 'ar-XB'] })).to.deep.equal({ locale: 'ar-XB' });
  });

  it('falls back to English, silently, when neither the page nor the browser names an available locale', () => {
    expect(resolve({ documentLang: 'de', browserLanguages: ['fr-CA', 'ja'] })).to.deep.equal({ locale: 'en' });
    expect(resolve({})).to.deep.equal({ locale: 'en' });
  });

  it('falls back from a region to its language (es-MX → es, en-GB → en)', () => {
    expect(resolve({ attribute: 'es-MX' })).to.deep.equal({ locale: 'es' });
    expect(resolve({ documentLang: 'en-GB' })).to.deep.equal({ locale: 'en' });
    expect(matchLocale('es-419', AVAILABLE)).to.equal('es');
  });

  it('matches whatever the case, as BCP 47 does', () => {
    expect(matchLocale('EN-xa', AVAILABLE)).to.equal('en-XA');
    expect(matchLocale('ar-xb', AVAILABLE)).to.equal('ar-XB');
  });

  it('reports an unknown or malformed locale attribute and shows English', () => {
    expect(resolve({ attribute: 'tlh', documentLang: 'es' })).to.deep.equal({ locale: 'en', unknown: 'tlh' });
    expect(resolve({ attribute: 'not a tag!' })).to.deep.equal({ locale: 'en', unknown: 'not a tag!' });
    expect(resolve({ attribute: '   ', documentLang: 'es' })).to.deep.equal({ locale: 'es' });
  });

  it('never picks a draft (an unreviewed machine translation) from the page or the browser: only the attribute can', () => {
    const drafts = ['es'];
    expect(resolveLocale({ documentLang: 'es' }, AVAILABLE, 'en', drafts)).to.deep.equal({ locale: 'en' });
    expect(resolveLocale({ browserLanguages: ['es-MX', 'en-XA'] }, AVAILABLE, 'en', drafts)).to.deep.equal({ locale: 'en-XA' });
    expect(resolveLocale({ attribute: 'es-MX', documentLang: 'en' }, AVAILABLE, 'en', drafts)).to.deep.equal({ locale: 'es' });
  });

  it('gives right-to-left languages rtl, including the ar-XB pseudo-locale', () => {
    expect(localeDirection('ar')).to.equal('rtl');
    expect(localeDirection('ar-XB')).to.equal('rtl');
    expect(localeDirection('he-IL')).to.equal('rtl');
    expect(localeDirection('en-XA')).to.equal('ltr');
    expect(localeDirection('en')).to.equal('ltr');
  });
});
