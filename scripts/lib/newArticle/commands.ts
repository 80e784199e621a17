import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Lang } from '../../../src/i18n/locales.ts';
import { formatDateTime } from '../../../src/lib/dates.ts';
import type { DocNumber } from '../../../src/lib/docNumber.ts';
import { topics as knownTopics } from '../../../src/lib/schema.ts';
import { isValidSlug, slugify, uniqueSlug } from '../../../src/lib/slug.ts';
import { articlePath } from '../articleFile.ts';
import { CliError, UsageError } from '../cli/commandLine.ts';
import type { Prompter } from '../cli/prompter.ts';
import { appendDocuments, newDocumentEntry } from '../documentsFile.ts';
import { pathExists } from '../fsExists.ts';
import { issuerFromCode, namedIssuer, type Issuer } from '../issuers.ts';
import { readContent, type District, type DocumentEntry } from '../readContent.ts';
import { readPublicationInput } from './dateInput.ts';
import { districtChoices, nationalDistrictEntries, pickDistrict } from './pickDistrict.ts';
import { canPick, type PickListPrompter } from './pickListPrompter.ts';
import { districtOptions, documentOptions, doneValue } from './pickLists.ts';
import { appendDistricts } from '../districtsFile.ts';
import { resolveDocuments } from './resolveDocuments.ts';
import { scaffoldArticle, scaffoldTranslation } from './scaffold.ts';
import { both, text, type Text } from './text.ts';

export interface NewArticleFlags {
  title?: string | undefined;
  lede?: string | undefined;
  district?: string | undefined;
  documents?: string | undefined;
  author?: string | undefined;
  date?: string | undefined;
  topics?: string | undefined;
  slug?: string | undefined;
  issuer?: string | undefined;
  'issuer-en'?: string | undefined;
  'issued-on'?: string | undefined;
  /** Writes an MDX file (for an article that needs a component) instead of plain Markdown. */
  mdx?: boolean | undefined;
}

/** What was wrong with an answer, said in either language. */
type Problem = (t: Text) => string;

/**
 * Asks for a value until it is valid. A flag's value is checked once (a script cannot answer again)
 * and a wrong one is a UsageError naming the flag; with no prompter (--yes) a missing value is
 * collected into `missing` and reported together.
 */
async function obtain<T>(
  ctx: { prompter: Prompter | null; missing: string[]; t: Text },
  flag: { name: string; value: string | undefined },
  question: string,
  read: (answer: string) => { ok: T } | { error: Problem },
  fallback?: string,
): Promise<T | undefined> {
  if (flag.value !== undefined || !ctx.prompter) {
    const answer = flag.value ?? fallback;
    if (answer === undefined) {
      ctx.missing.push(`--${flag.name}`);
      return undefined;
    }
    const result = read(answer);
    if ('error' in result) throw new UsageError(...both((t) => `--${flag.name}: ${result.error(t)}`));
    return result.ok;
  }
  for (;;) {
    const answer = await ctx.prompter.ask(question, fallback);
    const result = read(answer);
    if ('ok' in result) return result.ok;
    process.stdout.write(`${result.error(ctx.t)}\n`);
  }
}

export async function createArticle(dir: string, flags: NewArticleFlags, lang: Lang, prompter: Prompter | null): Promise<string[]> {
  const t = text[lang];
  const content = await readContent(dir);
  if (content.districts.length === 0) throw new CliError(...both((t) => t.noDistricts(join(dir, 'districts.yaml'))));
  const ctx = { prompter, missing: [] as string[], t };
  if (prompter) process.stdout.write(`${t.intro}\n`);

  const required = (answer: string) => (answer.trim() === '' ? { error: (t: Text) => t.required } : { ok: answer.trim() });
  const title = await obtain(ctx, { name: 'title', value: flags.title }, t.title, required);
  const lede = await obtain(ctx, { name: 'lede', value: flags.lede }, t.lede, (a) => ({ ok: a.trim() }), '');

  // On a terminal the district is picked from a list narrowed by typing; else typed (number, id, name).
  const districtFlag =
    flags.district === undefined && canPick(prompter)
      ? await prompter.pick(t.districtPick, (term) => districtOptions(term, content.districts))
      : flags.district;
  if (prompter && districtFlag === undefined) process.stdout.write(`${t.districtList}\n${districtChoices(content.districts).join('\n')}\n`);
  const district = await obtain(ctx, { name: 'district', value: districtFlag }, t.district, (answer) => {
    let pick = pickDistrict(answer, content.districts, prompter !== null && districtFlag === undefined);
    // A district not in districts.yaml yet may be any in Vietnam: it is added when the article is written.
    if ('none' in pick) pick = pickDistrict(answer, nationalDistrictEntries());
    if ('district' in pick) return { ok: pick.district };
    const ids = 'ambiguous' in pick ? pick.ambiguous.map((d) => d.id) : [];
    return { error: (t: Text) => (ids.length > 0 ? t.districtAmbiguous(answer, ids) : t.districtNone(answer)) };
  });

  const documentInput = district
    ? await obtain(
        ctx,
        {
          name: 'documents',
          value: flags.documents ?? (canPick(prompter) ? await pickDocuments(prompter, content.documents, district, t) : undefined),
        },
        t.documents,
        (answer) => {
          const resolved = resolveDocuments(answer, content.documents, district);
          const invalid = resolved.invalid[0];
          if (invalid) return { error: (t: Text) => t.documentInvalid(invalid) };
          const ambiguous = resolved.ambiguous[0];
          if (ambiguous) {
            const ids = ambiguous.choices.map((d) => d.id);
            return { error: (t: Text) => t.documentAmbiguous(ambiguous.number, ids) };
          }
          return { ok: resolved };
        },
        '',
      )
    : undefined;

  if (prompter && flags.documents === undefined) {
    const byId = new Map(content.documents.map((d) => [d.id, d]));
    for (const id of documentInput?.found ?? []) process.stdout.write(`  ${t.documentFound(id, byId.get(id)?.issuer.vi ?? '')}\n`);
  }
  // Documents not in documents.yaml yet: added once their issuer is known, else left out (and said).
  const added: DocumentEntry[] = [];
  const taken = new Set(content.documents.map((d) => d.id));
  for (const { number, elsewhere } of documentInput?.unknown ?? []) {
    if (!district) break;
    const otherIds = elsewhere.map((d) => d.id);
    if (prompter && otherIds.length > 0) process.stdout.write(`${t.documentElsewhere(number.canonical, otherIds)}\n`);
    const entry = await newDocument(number, district, flags, t, prompter, new Set([...taken, ...added.map((d) => d.id)]));
    if (entry) added.push(entry);
  }

  const author = await obtain(ctx, { name: 'author', value: flags.author }, t.author, required);
  const publication = await obtain(
    ctx,
    { name: 'date', value: flags.date },
    t.date,
    (a) => {
      const read = readPublicationInput(a);
      return read ? { ok: read } : { error: (t: Text) => t.badDate };
    },
    // Shown in brackets when asking, so Enter visibly means "now"; with --yes, now to the second.
    prompter ? formatDateTime(new Date(), 'vi').replace(' - ', ' ') : '',
  );
  const topics = (flags.topics ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const badTopic = topics.find((s) => !(knownTopics as readonly string[]).includes(s));
  if (badTopic) throw new UsageError(...both((t) => `--topics: ${t.badTopic(badTopic, knownTopics)}`));
  if (ctx.missing.length > 0) throw new UsageError(...both((t) => t.missing(ctx.missing)));
  if (!title || !district || !author || !publication || !documentInput) throw new Error('a required answer was not obtained');

  const slug = await chooseSlug(dir, publication.year, title, flags.slug, t);
  const ext = flags.mdx ? 'mdx' : 'md';
  const path = articlePath(dir, 'vi', publication.year, slug.slug, ext);
  const { text: fileText, draft } = scaffoldArticle(
    {
      title,
      lede: lede ?? '',
      publishedAt: publication.publishedAt,
      year: publication.year,
      district: district.id,
      documents: [...documentInput.found, ...added.map((d) => d.id)],
      author,
      topics,
    },
    ext,
  );
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, fileText, { flag: 'wx' });
  const lines = [...slug.notes, t.created(path)];
  if (added.length > 0) {
    const file = join(dir, 'documents.yaml');
    const current = await readFile(file, 'utf8').catch(() => '');
    await writeFile(file, appendDocuments(current, added, `Added by npm run new for ${path}`));
    lines.push(t.addedDocuments(added.map((d) => d.id)));
  }
  if (!content.districts.some((d) => d.id === district.id)) {
    const file = join(dir, 'districts.yaml');
    const current = await readFile(file, 'utf8');
    await writeFile(file, appendDistricts(current, [district], `Added by npm run new for ${path}`));
    lines.push(t.addedDistrict(district.id, district.since2025?.[lang] ?? ''));
  }
  if (draft) lines.push(t.draft);
  lines.push(t.next);
  return lines;
}

/** Documents picked one at a time from a list narrowed by typing, until "done": ids, or numbers of new ones. */
async function pickDocuments(prompter: PickListPrompter, documents: DocumentEntry[], district: District, t: Text): Promise<string> {
  const chosen: string[] = [];
  for (;;) {
    const answer = await prompter.pick(t.documentPick(chosen.length), (term) =>
      documentOptions(term, documents, district, chosen, { done: t.documentsDone, add: t.documentNew }),
    );
    if (answer === doneValue) return chosen.join(', ');
    chosen.push(answer);
  }
}

async function newDocument(
  number: DocNumber,
  district: District,
  flags: NewArticleFlags,
  t: Text,
  prompter: Prompter | null,
  taken: ReadonlySet<string>,
): Promise<DocumentEntry | undefined> {
  const guess = issuerFromCode(number, district);
  let issuer: Issuer | null = null;
  let issuedOn: string | undefined;
  if (prompter) {
    if (!t.yes.test(await prompter.ask(t.documentAdd(number.canonical), t === text.vi ? 'c' : 'y'))) return undefined;
    const vi = await prompter.ask(t.issuer(number.canonical), flags.issuer ?? guess?.vi);
    issuer = namedIssuer(vi, district) ?? { vi, en: await prompter.ask(t.issuerEn, flags['issuer-en']), level: 'district' };
    for (;;) {
      const answer = await prompter.ask(t.issuedOn, flags['issued-on'] ?? '');
      const read = answer === '' ? null : readPublicationInput(answer);
      if (answer === '' || read) {
        issuedOn = read?.publishedAt.slice(0, 10);
        break;
      }
      process.stdout.write(`${t.badDate}\n`);
    }
  } else {
    const vi = flags.issuer ?? guess?.vi;
    if (!vi) throw new UsageError(...both((t) => t.needIssuer(number.canonical)));
    issuer = namedIssuer(vi, district) ?? (flags['issuer-en'] ? { vi, en: flags['issuer-en'], level: 'district' } : null);
    if (!issuer) throw new UsageError(...both((t) => t.needIssuerEn(vi)));
    if (flags['issued-on']) {
      const read = readPublicationInput(flags['issued-on']);
      if (!read) throw new UsageError(...both((t) => `--issued-on: ${t.badDate}`));
      issuedOn = read.publishedAt.slice(0, 10);
    }
  }
  return newDocumentEntry({ number, issuer, district, issuedOn }, taken);
}

/** The file name: from the title, or --slug; unique within the year in both languages, whatever the format. */
async function chooseSlug(
  dir: string,
  year: number,
  title: string,
  wanted: string | undefined,
  t: Text,
): Promise<{ slug: string; notes: string[] }> {
  /** Each slug taken that year, with a file that has it. */
  const taken = new Map<string, string>();
  for (const lang of ['vi', 'en'] as const) {
    const folder = join(dir, 'articles', lang, String(year));
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) if (/\.mdx?$/.test(name)) taken.set(name.replace(/\.mdx?$/, ''), join(folder, name));
  }
  if (wanted !== undefined) {
    if (!isValidSlug(wanted)) throw new UsageError(...both((t) => t.badSlug(wanted)));
    const existing = taken.get(wanted);
    if (existing !== undefined) throw new UsageError(...both((t) => t.slugTaken(existing)));
    return { slug: wanted, notes: [] };
  }
  const base = slugify(title);
  const slug = uniqueSlug(base, new Set(taken.keys()));
  return { slug, notes: slug === base ? [] : [t.slugClash(taken.get(base) ?? articlePath(dir, 'vi', year, base), slug)] };
}

/** `--translate vi/2024/slug`: the English file beside the Vietnamese original. */
export async function translateArticle(dir: string, target: string, lang: Lang): Promise<string[]> {
  const t = text[lang];
  const m = /(?:^|\/)(?:vi\/)?(\d{4})\/([^/]+?)(?:\.mdx?)?$/.exec(target.trim());
  if (!m) throw new UsageError(...both((t) => t.translateBad));
  const [, year = '', slug = ''] = m;
  for (const ext of ['mdx', 'md'] as const) {
    const original = articlePath(dir, 'vi', year, slug, ext);
    const raw = await readFile(original, 'utf8').catch(() => null);
    if (raw === null) continue;
    for (const other of ['md', 'mdx'] as const) {
      const existing = articlePath(dir, 'en', year, slug, other);
      if (await pathExists(existing)) throw new CliError(...both((t) => t.translateExists(existing)));
    }
    const path = articlePath(dir, 'en', year, slug, ext);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, scaffoldTranslation(raw, ext), { flag: 'wx' });
    return [t.translated(path)];
  }
  const missing = `${articlePath(dir, 'vi', year, slug).replace(/\.md$/, '')}.md(x)`;
  throw new UsageError(...both((t) => t.translateMissing(missing)), { hint: false });
}
