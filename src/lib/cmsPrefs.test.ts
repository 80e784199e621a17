import { describe, expect, it } from 'vitest';
import { withDefaultLocale } from './cmsPrefs.ts';

describe('withDefaultLocale', () => {
  it('sets the locale when none is saved', () => {
    expect(JSON.parse(withDefaultLocale(null, 'vi'))).toEqual({ locale: 'vi' });
    expect(JSON.parse(withDefaultLocale('{"theme":"dark"}', 'vi'))).toEqual({ theme: 'dark', locale: 'vi' });
  });

  it('keeps a language the editor chose', () => {
    expect(JSON.parse(withDefaultLocale('{"locale":"en-US","theme":"dark"}', 'vi'))).toEqual({ locale: 'en-US', theme: 'dark' });
  });

  it('replaces preferences it cannot read', () => {
    expect(JSON.parse(withDefaultLocale('not json', 'vi'))).toEqual({ locale: 'vi' });
    expect(JSON.parse(withDefaultLocale('[1]', 'vi'))).toEqual({ locale: 'vi' });
  });
});
