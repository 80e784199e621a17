import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../i18n/t.ts';

/**
 * prose.css writes the lost-photo note itself (generated content needs no markup in thousands of
 * imported articles); its words must stay the UI strings' words in each language.
 */
const css = readFileSync(new URL('./prose.css', import.meta.url), 'utf8');

describe('prose.css', () => {
  it('says a legacy photo was lost in the words of article.lostPhoto, in both languages', () => {
    const notes = [...css.matchAll(/::before \{\s*content: (['"])(.*?)\1;/g)].map((m) => m[2]);
    expect(notes).toEqual([dictionaries.vi['article.lostPhoto'], dictionaries.en['article.lostPhoto']]);
  });
});
