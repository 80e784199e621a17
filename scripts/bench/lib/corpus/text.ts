import type { Lang } from '../../../../src/i18n/locales.ts';
import { docTypeName, parseDocNumber } from '../../../../src/lib/docNumber.ts';
import type { CorpusDocument } from './documents.ts';
import * as phrases from './phrases.ts';
import type { Pair } from './phrases.ts';
import { kindWords, partyCommittee, type CorpusDistrict } from './places.ts';
import type { Random } from './random.ts';

/**
 * Composes one synthetic article's text in both languages from the phrase banks: title, lede and a
 * Markdown body of 600–900 Vietnamese words with `##` headings, a list, figure captions and (for
 * MDX) a <Callout>. Both languages are rendered from the same choices, so the English file reads
 * as a translation of the Vietnamese one.
 */

export type Slots = Readonly<Record<string, Pair>>;

export interface ArticleText {
  title: Pair;
  lede: Pair;
  body: Pair;
}

export const bodyWords = { min: 600, max: 900 } as const;

/** "12345" → "12.345" (vi) or "12,345" (en). */
export function formatInteger(n: number, lang: Lang): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
}

/** 87.5 → "87,5%" (vi) or "87.5%" (en); whole numbers without decimals. */
export function formatPercent(value: number, lang: Lang): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}

const both = (text: string): Pair => [text, text];

/** The first cited document as running text: "Nghị quyết số 55-NQ/HU" / "Resolution 55-NQ/HU". */
export function documentMention(doc: CorpusDocument | undefined, district: Pair): Pair {
  if (!doc) return [`kế hoạch của Ủy ban nhân dân ${district[0]}`, `the plan of the ${district[1]} People's Committee`];
  const parsed = parseDocNumber(doc.number);
  if (!parsed) throw new Error(`unparseable document number ${doc.number}`);
  return [
    `${docTypeName(parsed.type, 'vi', parsed.convention)} số ${doc.number}`,
    `${docTypeName(parsed.type, 'en', parsed.convention)} ${doc.number}`,
  ];
}

function personName(random: Random, female: boolean): string {
  const { surnames, maleMiddle, femaleMiddle, maleGiven, femaleGiven } = phrases.people;
  return `${random.pick(surnames)} ${random.pick(female ? femaleMiddle : maleMiddle)} ${random.pick(female ? femaleGiven : maleGiven)}`;
}

/** Every slot value of one article, in both languages. */
export function articleSlots(
  random: Random,
  p: { district: CorpusDistrict; year: number; documents: readonly CorpusDocument[]; author: string },
): Slots {
  const { district, year } = p;
  const kind = kindWords[district.kind];
  // Names keep their tone marks in English text too, as the site's real translations do.
  const name = district.name.vi;
  const D: Pair = [`${kind.vi} ${name}`, `${name} ${kind.en}`];
  const [c, c2] = random.sample(phrases.communes, 2) as [string, string];
  const int = (min: number, max: number): Pair => {
    const n = random.int(min, max);
    return [formatInteger(n, 'vi'), formatInteger(n, 'en')];
  };
  const pct = (min: number, max: number): Pair => {
    const v = random.int(min * 10, max * 10) / 10;
    return [formatPercent(v, 'vi'), formatPercent(v, 'en')];
  };
  const targets = random.int(18, 30);
  const met = targets - random.int(0, 5);
  const income = random.int(45, 95);
  const donated = random.int(200, 4000);
  return {
    d: both(name),
    D,
    kind: [kind.vi, kind.en],
    p: both(district.province.vi),
    y: both(String(year)),
    y0: both(String(year - 4)),
    y1: both(String(year + 1)),
    c: both(c),
    c2: both(c2),
    hamlet: both(random.pick(phrases.hamlets)),
    person: both(personName(random, false)),
    personF: both(personName(random, true)),
    role: random.pick(phrases.roles(partyCommittee(district.kind).vi, kind.vi, name).map(([vi, en]): Pair => [vi, en.replace(name, D[1])])),
    doc: documentMention(p.documents[0], D),
    author: both(p.author),
    n1: int(met, met),
    n2: int(targets, targets),
    n3: int(8, 20),
    n4: int(2, 9),
    n5: int(1, 4),
    n6: int(500, 20000),
    n7: int(5, 60),
    n8: int(10, 80),
    n9: int(20, 150),
    n10: int(10, 300),
    n11: int(1500, 12000),
    n12: int(500, 9000),
    n13: int(2, 25),
    n14: int(30, 90),
    n15: int(2000, 9000),
    n16: int(40, 250),
    n17: int(2, 5),
    n18: int(2, 12),
    n19: int(10, 120),
    pct: pct(95, 100),
    pct2: pct(20, 60),
    pct3: pct(80, 100),
    pct4: pct(0.5, 4),
    pct5: pct(60, 100),
    pct6: pct(95, 140),
    pct7: pct(88, 99),
    pct8: pct(70, 99),
    money: [`${income} triệu đồng`, `${income} million đồng`],
    money2: [`${formatInteger(donated, 'vi')} triệu đồng`, `${formatInteger(donated, 'en')} million đồng`],
    bn: int(20, 600),
    bn2: int(80, 900),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Fills a phrase's slots in both languages and capitalises its first letter. */
export function fill(pair: Pair, slots: Slots): Pair {
  const one = (text: string, i: 0 | 1) =>
    capitalise(
      text.replace(/\{(\w+)\}/g, (_, key: string) => {
        const value = slots[key];
        if (!value) throw new Error(`phrase slot {${key}} has no value`);
        return value[i];
      }),
    );
  return [one(pair[0], 0), one(pair[1], 1)];
}

/** Words as a reader counts them: whitespace-separated, markup and punctuation-only tokens left out. */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/^#+\s/gm, ' ')
    .replace(/^-\s/gm, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

type Block =
  | { kind: 'paragraph'; sentences: Pair[] }
  | { kind: 'heading'; text: Pair }
  | { kind: 'figure'; caption: Pair }
  | { kind: 'list'; intro: Pair; items: Pair[] }
  | { kind: 'callout'; title: Pair; text: Pair };

function render(block: Block, i: 0 | 1): string {
  switch (block.kind) {
    case 'paragraph':
      return block.sentences.map((s) => s[i]).join(' ');
    case 'heading':
      return `## ${block.text[i]}`;
    case 'figure':
      return `<figure>\n<figcaption>${block.caption[i]}</figcaption>\n</figure>`;
    case 'list':
      return `${block.intro[i]}\n\n${block.items.map((item) => `- ${item[i]}`).join('\n')}`;
    case 'callout':
      // A component with a plain string prop and Markdown inside, as an editor would write it.
      return `<Callout title="${block.title[i]}">\n\n${block.text[i]}\n\n</Callout>`;
  }
}

/**
 * The body in both languages. The Vietnamese word count is drawn in [650, 880] and the last
 * section is filled sentence by sentence up to it; no sentence is longer than 50 words, so the
 * count always lands in 600–900.
 */
export function composeBody(random: Random, slots: Slots, options: { mdx: boolean }): Pair {
  const sentences = random.shuffle(phrases.sentences).map((s) => fill(s, slots));
  const headings = random.shuffle(phrases.headings).map((h) => fill(h, slots));
  const captions = random.shuffle(phrases.captions).map((c) => fill(c, slots));
  let next = 0;
  const take = (n: number): Pair[] => sentences.slice(next, (next += n));

  const blocks: Block[] = [
    { kind: 'figure', caption: captions[0]! },
    { kind: 'paragraph', sentences: take(random.int(2, 3)) },
    { kind: 'heading', text: headings[0]! },
    { kind: 'paragraph', sentences: take(3) },
    { kind: 'paragraph', sentences: take(2) },
    {
      kind: 'list',
      intro: fill(random.pick(phrases.listIntros), slots),
      items: random.sample(phrases.listItems, random.int(3, 5)).map((item, k, all) => {
        // The last item ends the list with a full stop.
        const [vi, en] = fill(item, slots);
        return k === all.length - 1 ? [vi.replace(/;$/, '.'), en.replace(/;$/, '.')] : [vi.replace(/\.$/, ';'), en.replace(/\.$/, ';')];
      }),
    },
    { kind: 'heading', text: headings[1]! },
  ];
  if (random.chance(0.5)) blocks.push({ kind: 'figure', caption: captions[1]! });
  blocks.push({ kind: 'paragraph', sentences: take(3) });
  if (options.mdx) {
    const callout = random.pick(phrases.callouts);
    blocks.push({ kind: 'callout', title: callout.title, text: fill(callout.text, slots) });
  }
  blocks.push({ kind: 'heading', text: headings[2]! });

  const target = random.int(650, 880);
  const words = () => countWords(blocks.map((b) => render(b, 0)).join('\n\n'));
  let count = words();
  let paragraph: Pair[] = [];
  let size = random.int(2, 4);
  while (next < sentences.length) {
    const sentence = sentences[next]!;
    const add = countWords(sentence[0]);
    if (count + add > target) break;
    paragraph.push(sentence);
    next++;
    count += add;
    if (paragraph.length === size) {
      blocks.push({ kind: 'paragraph', sentences: paragraph });
      paragraph = [];
      size = random.int(2, 4);
    }
  }
  if (paragraph.length > 0) blocks.push({ kind: 'paragraph', sentences: paragraph });
  return [blocks.map((b) => render(b, 0)).join('\n\n'), blocks.map((b) => render(b, 1)).join('\n\n')];
}

/** Title, lede and body of one article in both languages. */
export function composeArticle(random: Random, slots: Slots, options: { mdx: boolean; hasDocuments: boolean }): ArticleText {
  const title = fill(random.pick(phrases.titles), slots);
  // The lede that names a document only when the article cites one.
  const ledes = options.hasDocuments ? phrases.ledes : phrases.ledes.filter((l) => !l[0].includes('{doc}'));
  const lede = fill(random.pick(ledes), slots);
  return { title, lede, body: composeBody(random, slots, options) };
}
