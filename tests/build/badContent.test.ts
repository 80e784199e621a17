import { appendFileSync, readFileSync, readdirSync, renameSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { buildSite, workspace } from '../support/site.ts';

/**
 * Each kind of bad content, fed to the real `astro build`, must fail the build with a message that
 * names the file, the field, what is wrong and an example of right.
 */

const viDir = 'articles/vi/2024';
const firstArticle = readdirSync(`content/${viDir}`).sort()[0]!;

function setField(file: string, field: string, value: string): void {
  const text = readFileSync(file, 'utf8');
  // The field's line and the indented lines of its value, if it is a block (a seed's cover).
  const line = new RegExp(`^${field}:.*(?:\n {2}.*)*$`, 'm');
  writeFileSync(file, line.test(text) ? text.replace(line, `${field}: ${value}`) : text.replace(/^---\n/, `---\n${field}: ${value}\n`));
}

async function buildWith(mutate: (content: string) => void | Promise<void>): Promise<string> {
  const ws = workspace('bad-content');
  await mutate(ws.content);
  try {
    await buildSite(ws);
    return 'BUILD SUCCEEDED';
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return `${stdout}\n${stderr}`;
  } finally {
    ws.remove();
  }
}

const cases: { name: string; mutate: (content: string) => void | Promise<void>; expect: RegExp[] }[] = [
  {
    name: 'a date-time without its offset',
    mutate: (c) => setField(join(c, viDir, firstArticle), 'publishedAt', '"2024-05-08T10:10:00"'),
    expect: [new RegExp(firstArticle), /publishedAt/, /\+07:00/],
  },
  {
    name: 'an impossible date',
    mutate: (c) => setField(join(c, viDir, firstArticle), 'publishedAt', '"2024-02-30T10:10:00+07:00"'),
    expect: [new RegExp(firstArticle), /publishedAt/, /not a real date/],
  },
  {
    name: 'an unquoted date (YAML would drop its offset)',
    mutate: (c) => setField(join(c, viDir, firstArticle), 'publishedAt', '2024-05-08T10:10:00+07:00'),
    expect: [new RegExp(firstArticle), /publishedAt/, /quotes/],
  },
  {
    name: 'an unknown district',
    mutate: (c) => setField(join(c, viDir, firstArticle), 'district', 'chau-thanh'),
    expect: [new RegExp(firstArticle), /district/, /chau-thanh/, /districts\.yaml/],
  },
  {
    name: 'an unknown document',
    mutate: (c) => {
      const file = join(c, viDir, firstArticle);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^documents:\n  - [\w-]+$/m, 'documents:\n  - no-such-document'));
    },
    expect: [new RegExp(firstArticle), /documents/, /no-such-document/, /documents\.yaml/],
  },
  {
    name: 'an unparsable document number',
    mutate: (c) => {
      const file = join(c, 'documents.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/number: "?55-NQ\/HU"?/, 'number: "NQ/HU"'));
    },
    expect: [/documents\.yaml|tan-tru-long-an-55-nq-hu-2023/, /number/, /55-NQ\/HU/],
  },
  {
    name: 'a document issued by an unknown district',
    mutate: (c) => {
      const file = join(c, 'documents.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/district: "?tan-tru-long-an"?/, 'district: tan-tru'));
    },
    expect: [/documents\.yaml/, /district/, /"tan-tru"/, /districts\.yaml/],
  },
  {
    // Astro's file() loader alone keeps the last entry of an id and builds without a word.
    name: 'a duplicate id in documents.yaml',
    mutate: (c) =>
      appendFileSync(
        join(c, 'documents.yaml'),
        '- id: ben-tre-01-ct-tu-2020\n  number: "02-CT/TU"\n  issuer: { vi: "Tỉnh ủy Bến Tre", en: "Ben Tre Provincial Party Committee" }\n  province: { vi: "Bến Tre", en: "Ben Tre" }\n',
      ),
    expect: [/documents\.yaml:\d+/, /"ben-tre-01-ct-tu-2020" is used twice/, /change the id or merge the two entries/],
  },
  {
    name: 'a duplicate id in districts.yaml',
    mutate: (c) =>
      appendFileSync(
        join(c, 'districts.yaml'),
        '- id: tan-tru-long-an\n  name: { vi: "Tân Trụ", en: "Tan Tru" }\n  province: { vi: "Tây Ninh", en: "Tay Ninh" }\n  kind: huyện\n',
      ),
    expect: [/districts\.yaml:\d+/, /"tan-tru-long-an" is used twice/, /đổi id hoặc gộp hai mục/],
  },
  {
    name: 'a cover image without alt text',
    mutate: async (c) => {
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#900' } })
        .png()
        .toFile(join(c, viDir, 'cover.png'));
      setField(join(c, viDir, firstArticle), 'cover', '{ src: "./cover.png" }');
    },
    expect: [new RegExp(firstArticle), /cover\.alt|alt/, /describe the picture/],
  },
  {
    name: 'a duplicate slug (.md and .mdx)',
    mutate: (c) => copyFileSync(join(c, viDir, firstArticle), join(c, viDir, firstArticle.replace(/\.md$/, '.mdx'))),
    expect: [new RegExp(firstArticle.replace(/\.md$/, '')), /slug|duplicate/i],
  },
  {
    name: 'an MDX article using a component the site does not have',
    mutate: (c) => {
      const file = join(c, viDir, firstArticle);
      renameSync(file, file.replace(/\.md$/, '.mdx'));
      appendFileSync(file.replace(/\.md$/, '.mdx'), '\n<Chart data="a.csv" />\n');
    },
    expect: [new RegExp(`${firstArticle.replace(/\.md$/, '.mdx')}:\\d+  body`), /there is no component <Chart>/, /use one of <Callout>/],
  },
  {
    name: 'an MDX article with a tag left open',
    mutate: (c) => {
      const file = join(c, viDir, firstArticle);
      renameSync(file, file.replace(/\.md$/, '.mdx'));
      appendFileSync(file.replace(/\.md$/, '.mdx'), '\n<Callout title="Số liệu">\n\nCó 68 tập thể.\n');
    },
    expect: [
      new RegExp(`${firstArticle.replace(/\.md$/, '.mdx')}:\\d+  body  MDX không đọc được: Expected a closing tag for \`<Callout>\``),
      /đóng mọi thẻ đã mở/,
      /close every tag you open/,
    ],
  },
  {
    name: 'an English article with no Vietnamese original',
    mutate: (c) => {
      const en = join(c, 'articles/en/2024');
      const file = readdirSync(en)[0]!;
      renameSync(join(en, file), join(en, 'orphan-translation.md'));
    },
    expect: [/orphan-translation\.md/, /Vietnamese original/],
  },
];

describe('bad content fails the build with a message editors can act on', () => {
  it.each(cases)('$name', async ({ mutate, expect: patterns }) => {
    const output = await buildWith(mutate);
    expect(output).not.toBe('BUILD SUCCEEDED');
    for (const pattern of patterns) expect(output).toMatch(pattern);
  });
});
