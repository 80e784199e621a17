import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId, Worker } from 'node:worker_threads';
import satori, { type SatoriOptions } from 'satori';
import sharp, { type JpegOptions, type OverlayOptions, type PngOptions } from 'sharp';
import type { CardReply, CardRequest } from './socialCardMessages.ts';
import {
  cardCacheKey,
  cardPhotos,
  cardTree,
  type CardFormat,
  SOCIAL_CARD_HEIGHT,
  SOCIAL_CARD_WIDTH,
  type CardNode,
  type SocialCardInput,
} from './socialCard.ts';

/**
 * Renders social cards: satori lays out the text in Be Vietnam Pro (the pages use the reader's own font) and writes
 * it as SVG glyph paths, so no system font is involved; sharp turns the SVG into a PNG.
 *
 * Rendered cards are kept in a cache folder outside dist/ and content/, keyed by a hash of
 * everything that shapes them, so a rebuild re-renders only new or changed articles.
 */

/** Where cards are cached between builds. Deleting it only costs time. */
export const cardCacheDir = process.env['BANTIN_CARD_CACHE'] ?? path.join('node_modules', '.cache', 'bantin-cards');

/**
 * BANTIN_SOCIAL_CARDS=off skips the per-article cards (pages still point at them): for measuring
 * what the cards cost a build, and for quick local builds. Never set it for a published site.
 */
export const socialCardsEnabled = process.env['BANTIN_SOCIAL_CARDS'] !== 'off';

// Resolve from the project (the build's working directory), not from this file: once bundled
// by the build, this module no longer sits in src/lib/.
const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));

type Font = SatoriOptions['fonts'][number];

/** How cards are encoded; part of the cache key, so changing it re-renders every card. */
const pngOptions = { compressionLevel: 6 } as const satisfies PngOptions;
/** Cards with a photo: about 100 KB, where the same card as PNG is 300-700 KB. */
const jpegOptions = { quality: 85, mozjpeg: true } as const satisfies JpegOptions;

/**
 * Fontsource ships Be Vietnam Pro split into unicode-range subsets (latin, latin-ext,
 * vietnamese). Each subset is registered as its own family and listed in CARD_FONT_STACK:
 * satori picks a family per character, whereas several files under one family name would be
 * treated as alternatives and only one used, dropping every letter the chosen subset lacks
 * ("Đ", "ư", "ặ"…).
 */
const subsets = ['latin', 'vietnamese', 'latin-ext'] as const;
const weights = [400, 700] as const;

interface Renderer {
  fonts: Font[];
  /** Versions and font bytes: part of every cache key. */
  fingerprint: string;
}

let renderer: Promise<Renderer> | undefined;

function loadRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const hash = createHash('sha256');
    const satoriVersion = (projectRequire('satori/package.json') as { version: string }).version;
    hash.update(
      `satori ${satoriVersion} sharp ${sharp.versions.sharp ?? ''} vips ${sharp.versions.vips} png ${JSON.stringify(pngOptions)} jpeg ${JSON.stringify(jpegOptions)}`,
    );
    const fonts: Font[] = [];
    for (const subset of subsets) {
      for (const weight of weights) {
        const file = projectRequire.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`);
        const data = await readFile(file);
        hash.update(data);
        fonts.push({ name: `BVP ${subset}`, data, weight, style: 'normal' });
      }
    }
    return { fonts, fingerprint: hash.digest('hex') };
  })();
  return renderer;
}

/** A photo a card draws, where its `img` node places it. */
interface PlacedPhoto {
  file: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The tree with each photo (`img`) replaced by an empty box of the same style, and the photos
 * collected with their places. Photos are laid on the drawn card by sharp rather than drawn by
 * satori: satori would carry the photo's bytes in base64 inside its SVG for the rasteriser to
 * decode again: 3 to 4 times the time of laying the photo on with sharp.
 */
function takePhotos(node: CardNode, photos: PlacedPhoto[]): CardNode {
  const { children, src, style } = node.props;
  if (node.type === 'img' && src) {
    const { position, left, top, width, height } = style ?? {};
    if (position !== 'absolute' || ![left, top, width, height].every((v) => typeof v === 'number')) {
      throw new Error(`card photo ${src}: its img needs position: absolute and numeric left, top, width and height`);
    }
    photos.push({ file: src, left: left as number, top: top as number, width: width as number, height: height as number });
    return { type: 'div', props: { style: { ...style, display: 'flex' } } };
  }
  if (children === undefined || typeof children === 'string') return node;
  const list = (Array.isArray(children) ? children : [children]).map((c) => (typeof c === 'string' ? c : takePhotos(c, photos)));
  return { ...node, props: { ...node.props, children: Array.isArray(children) ? list : list[0]! } };
}

/** A photo scaled and cropped to its box (centred, like CSS object-fit: cover), as raw pixels for sharp's composite. */
async function photoLayer({ file, left, top, width, height }: PlacedPhoto): Promise<OverlayOptions> {
  const { data, info } = await sharp(path.resolve(file))
    .rotate()
    .resize(width, height, { fit: 'cover' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { input: data, raw: { width: info.width, height: info.height, channels: info.channels }, left, top };
}

/** Renders one element tree to PNG or JPEG bytes, without the cache. */
export async function renderCardTree(
  tree: CardNode,
  size = { width: SOCIAL_CARD_WIDTH, height: SOCIAL_CARD_HEIGHT },
  format: CardFormat = 'png',
): Promise<Buffer> {
  const { fonts } = await loadRenderer();
  const photos: PlacedPhoto[] = [];
  const layout = takePhotos(tree, photos);
  // satori's types expect a ReactNode; a plain { type, props } tree is exactly what it reads.
  const [svg, layers] = await Promise.all([
    satori(layout as unknown as Parameters<typeof satori>[0], { ...size, fonts }),
    Promise.all(photos.map(photoLayer)),
  ]);
  const card = sharp(Buffer.from(svg));
  if (layers.length > 0) card.composite(layers);
  // A full-colour PNG at zlib level 6: about 64 KiB and 4 ms to encode, beside 10 ms to rasterise
  // and 3-6 ms for satori. The palette PNG used before (palette, level 9, effort 7) was 26 KB but
  // took 85 ms (docs/performance.md); Facebook and Zalo take either, and a shared link fetches one card.
  return format === 'jpeg' ? card.jpeg(jpegOptions).toBuffer() : card.png(pngOptions).toBuffer();
}

export interface CardResult {
  /** The card's bytes, PNG or JPEG as its input's `format` says. */
  bytes: Buffer;
  /** True when the PNG came from the cache. */
  cached: boolean;
}

/**
 * The cache file of each card `prerenderCards` was handed, by input, so that its tree and key are
 * not worked out again: `drawn` settles once the worker thread has drawn it there; without it, the
 * card was in the cache already. The bytes stay on disk until a card route asks for them, so a
 * build that draws ahead of its pages holds no PNGs in memory.
 */
const cards = new Map<string, { file: string; drawn?: Promise<void> }>();
const inputKey = (input: SocialCardInput): string => JSON.stringify(input);

/**
 * The worker's source file. Resolved from the project like the fonts: once bundled by the build,
 * this module no longer sits in src/lib/. Node runs it as TypeScript directly.
 */
const workerFile = path.join(process.cwd(), 'src', 'lib', 'socialCardWorker.ts');

interface Waiter {
  request: CardRequest;
  resolve: (drawn: Promise<void>) => void;
}

/** The one worker thread and the cards it still owes; undefined when none is running. */
let pool: { worker: Worker; waiting: Map<number, Waiter> } | undefined;
let nextId = 0;

function startWorker(): NonNullable<typeof pool> | undefined {
  let worker: Worker;
  try {
    worker = new Worker(workerFile);
  } catch {
    return undefined;
  }
  const started = { worker, waiting: new Map<number, Waiter>() };
  const { waiting } = started;
  const stop = () => {
    if (pool === started) pool = undefined;
    void worker.terminate();
  };
  // Whatever the worker cannot deliver is drawn here, so a worker problem never fails a build.
  const drawHere = ({ tree, file }: CardRequest) => writeCard(tree, file).then(() => undefined);
  const fallBack = () => {
    stop();
    for (const waiter of waiting.values()) waiter.resolve(drawHere(waiter.request));
    waiting.clear();
  };
  worker.on('message', (reply: CardReply) => {
    const waiter = waiting.get(reply.id);
    if (!waiter) return;
    waiting.delete(reply.id);
    waiter.resolve('error' in reply ? drawHere(waiter.request) : Promise.resolve());
    if (waiting.size === 0) stop();
  });
  worker.on('error', fallBack);
  worker.on('exit', () => {
    if (waiting.size > 0) fallBack();
  });
  return started;
}

/**
 * Starts drawing, in a worker thread, the cards the build is about to ask for, in the order
 * given (Astro generates paths in order). Astro collects every route's paths before it renders
 * the first page, so the worker draws cards on the second core while the main thread renders the
 * pages that come before /og/; `socialCardImage` then finds them ready. The cards are the same bytes
 * either way. BANTIN_CARD_WORKER=off draws them on the main thread instead (to measure the
 * difference); if the worker cannot start or fails, they are drawn inline.
 */
export async function prerenderCards(inputs: readonly SocialCardInput[]): Promise<void> {
  if (inputs.length === 0 || process.env['BANTIN_CARD_WORKER'] === 'off') return;
  const { fingerprint } = await loadRenderer();
  const missing: { key: string; tree: CardNode; file: string }[] = [];
  for (const input of inputs) {
    const key = inputKey(input);
    if (cards.has(key)) continue;
    const tree = cardTree(input);
    const file = await cacheFile(tree, fingerprint, input.format);
    // Cards already in the cache are read where they are asked for: a warm build starts no worker.
    if (existsSync(file)) cards.set(key, { file });
    else missing.push({ key, tree, file });
  }
  if (missing.length === 0) return;
  pool ??= startWorker();
  if (!pool) return;
  const { worker, waiting } = pool;
  for (const { key, tree, file } of missing) {
    const id = nextId++;
    const request: CardRequest = { id, tree, file };
    cards.set(key, { file, drawn: new Promise<void>((resolve) => waiting.set(id, { request, resolve })) });
    worker.postMessage(request);
  }
}

/**
 * A photo's content digest, part of the key of every card that draws it. Read once per file
 * version (path, size, modification time): a build asks for each card's key twice.
 */
const photoDigests = new Map<string, Promise<string>>();
async function photoDigest(file: string): Promise<string> {
  const where = path.resolve(file);
  const { size, mtimeMs } = await stat(where);
  const version = `${where}\0${size}\0${mtimeMs}`;
  let digest = photoDigests.get(version);
  if (!digest) {
    digest = readFile(where).then((bytes) => createHash('sha256').update(bytes).digest('hex'));
    photoDigests.set(version, digest);
  }
  return digest;
}

const extensions = { png: 'png', jpeg: 'jpg' } as const satisfies Record<CardFormat, string>;

async function cacheFile(tree: CardNode, fingerprint: string, format: CardFormat = 'png'): Promise<string> {
  const digests = await Promise.all(cardPhotos(tree).map(photoDigest));
  return path.join(cardCacheDir, `${cardCacheKey(tree, fingerprint, digests)}.${extensions[format]}`);
}

/** A cache file's format, from its name. */
const formatOf = (file: string): CardFormat => (file.endsWith('.jpg') ? 'jpeg' : 'png');

/** The card for `input`: drawn by the worker when `prerenderCards` asked for it, else from the cache, else drawn here. */
export async function socialCardImage(input: SocialCardInput): Promise<CardResult> {
  const key = inputKey(input);
  const card = cards.get(key);
  cards.delete(key);
  if (card?.drawn) {
    await card.drawn;
    return { bytes: await readFile(card.file), cached: false };
  }
  // A card `prerenderCards` found in the cache is read without working out its tree again.
  return (card && (await fromCache(card.file))) ?? socialCardImageInline(input);
}

/** A card's PNG from its cache file; undefined when it is not there (not drawn yet, or the cache was cleared). */
const fromCache = (file: string): Promise<CardResult | undefined> =>
  readFile(file).then(
    (bytes) => ({ bytes, cached: true }),
    () => undefined,
  );

/** The card for `input`, from the cache when nothing that shapes it has changed, else drawn here. */
async function socialCardImageInline(input: SocialCardInput): Promise<CardResult> {
  const { fingerprint } = await loadRenderer();
  const tree = cardTree(input);
  const file = await cacheFile(tree, fingerprint, input.format);
  return (await fromCache(file)) ?? { bytes: await writeCard(tree, file), cached: false };
}

/** Draws a card into its cache file, in the file's format (written then renamed: a killed build never leaves half a card). */
export async function writeCard(tree: CardNode, file: string): Promise<Buffer> {
  const bytes = await renderCardTree(tree, undefined, formatOf(file));
  await mkdir(cardCacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return bytes;
}

/**
 * The end of a card route's getStaticPaths: in a build (not `astro dev`, which draws a card when it
 * is asked for), starts drawing the routes' cards on the second core (`prerenderCards`).
 */
export async function cardRoutes<R extends { props: { input: SocialCardInput } }>(routes: R[]): Promise<R[]> {
  if (!import.meta.env.DEV) await prerenderCards(routes.map((route) => route.props.input));
  return routes;
}

/** A card route's answer: the picture, from the cache or drawn now. */
export async function cardResponse(input: SocialCardInput): Promise<Response> {
  const { bytes } = await socialCardImage(input);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': `image/${input.format ?? 'png'}` } });
}
