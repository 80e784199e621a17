import { createHash } from 'node:crypto';
import type { Lang } from '../i18n/locales.ts';
import type { Article, District } from './archiveIndex.ts';
import { hasOwnCard } from './cardSelection.ts';
import { districtNames } from './districtKind.ts';
import { t } from '../i18n/t.ts';
import { formatDate, formatDateTime } from './dates.ts';
import { paths } from './paths.ts';
import { districtLabel } from './placeNames.ts';

/**
 * The social card: a 1200×630 picture that Facebook, Zalo and X show with a shared link. This
 * module decides what is on it and where, as a plain element tree for satori (the same shape
 * React elements have); src/lib/socialCardRender.ts turns the tree into a PNG.
 */

export const SOCIAL_CARD_WIDTH = 1200;
export const SOCIAL_CARD_HEIGHT = 630;

/** The card's fonts, one family per fontsource subset; see socialCardRender.ts for why. */
export const CARD_FONT_STACK = ['BVP latin', 'BVP vietnamese', 'BVP latin-ext'] as const;

export interface SocialCardInput {
  lang: Lang;
  /** Article headline, or the site's tagline on the site-wide card. */
  title: string;
  /** Small line above the title: "Tân Trụ, Long An". */
  kicker?: string | undefined;
  /** Footer line: "01/03/2024 - 13:32". */
  footer?: string | undefined;
  siteName: string;
  /**
   * The article's cover photo, as a file path from the project folder: drawn on the right of the
   * card, beside the text. Without it the card is text only.
   */
  photo?: string | undefined;
  /**
   * How the card is encoded: JPEG for an article with a cover (a photo in PNG weighs 4-7 times
   * as much), PNG for the text card, whose flat colours and letters PNG keeps sharp and small.
   */
  format?: CardFormat | undefined;
}

export type CardFormat = 'png' | 'jpeg';

type CardArticle = Pick<Article, 'lang' | 'title' | 'publishedAt' | 'timeKnown' | 'district'>;

/**
 * An article's card. `cover` says the article has a cover photo: its card is then a JPEG, with the
 * photo from `cover.file` (undefined when the cover is not a file beside the content, and the card
 * stays text only).
 */
export function articleCardInput(article: CardArticle, siteName: string, cover?: { file: string | undefined }): SocialCardInput {
  const { lang } = article;
  return {
    ...(cover ? { format: 'jpeg' as const } : {}),
    ...(cover?.file ? { photo: cover.file } : {}),
    lang,
    title: article.title,
    // Always with its province: a dozen districts are called "Châu Thành".
    kicker: districtLabel(article.district),
    // A date without a known time is shown alone, never with an invented 00:00.
    footer: article.timeKnown ? formatDateTime(article.publishedAt, lang) : formatDate(article.publishedAt, lang),
    siteName,
  };
}

/** The site's host name for card footers ("bantin.example.vn"), from Astro's `site`; in a build only. */
export function siteHost(): string | undefined {
  return import.meta.env.SITE ? new URL(import.meta.env.SITE).host : undefined;
}

/** The site-wide card: the tagline, and the site's host name in the footer. */
export function siteCardInput(lang: Lang, siteName: string, tagline: string, host?: string): SocialCardInput {
  return { lang, title: tagline, footer: host, siteName };
}

/** A district's card: "Tin huyện Tân Trụ, Long An" as its title, the site's host name in the footer. */
export function districtCardInput(district: District, lang: Lang, siteName: string, host?: string): SocialCardInput {
  return { lang, title: districtCardTitle(district, lang), footer: host, siteName };
}

function districtCardTitle(district: District, lang: Lang): string {
  return t(lang, 'district.title', districtNames(district, lang));
}

/**
 * Title size and line limit by length, so a short headline fills the card and the longest ones
 * (legacy portals print 150-character titles) still fit; past the limit satori ends with "…".
 */
export function titleStyle(title: string): { fontSize: number; maxLines: number } {
  const length = [...title].length;
  if (length <= 60) return { fontSize: 72, maxLines: 3 };
  if (length <= 100) return { fontSize: 64, maxLines: 4 };
  if (length <= 130) return { fontSize: 56, maxLines: 4 };
  return { fontSize: 48, maxLines: 5 };
}

/**
 * Title size and line limit beside a photo: the text column is half as wide, so the title is
 * smaller and may take more lines.
 */
export function titleStyleBesidePhoto(title: string): { fontSize: number; maxLines: number } {
  const length = [...title].length;
  if (length <= 50) return { fontSize: 52, maxLines: 5 };
  if (length <= 90) return { fontSize: 44, maxLines: 6 };
  return { fontSize: 38, maxLines: 7 };
}

/** An element as satori reads it (React's shape, without React). */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | CardNode | (string | CardNode)[];
    /** An `img`'s picture: a file path from the project folder, which the renderer reads and scales. */
    src?: string;
    width?: number;
    height?: number;
  };
}

/**
 * Where the cover photo sits on a card that has one: the right part, below the site's band. The
 * photo is placed by absolute position so the renderer can lay it on the drawn card itself.
 */
export const CARD_PHOTO = { width: 520, height: SOCIAL_CARD_HEIGHT - 96, left: SOCIAL_CARD_WIDTH - 520, top: 96 } as const;

const el = (style: Record<string, string | number>, children: string | CardNode | CardNode[]): CardNode => ({
  type: 'div',
  props: { style, children },
});

// The site's own palette (src/styles/global.css).
const colours = { paper: '#fbfaf7', ink: '#1c1f23', muted: '#4d5560', rule: '#d9d4ca', accent: '#9b1c1c', accentInk: '#ffffff' };

/**
 * Text is NFC-normalised: the fonts map precomposed Vietnamese letters ("ặ" U+1EB7) to designed
 * glyphs with the marks already stacked; text pasted in decomposed form (a + ̣ + ̆) would otherwise
 * be shaped from a font subset that lacks the combining marks.
 */
const nfc = (text: string): string => text.normalize('NFC');

export function cardTree(input: SocialCardInput): CardNode {
  const { fontSize, maxLines } = input.photo ? titleStyleBesidePhoto(input.title) : titleStyle(input.title);
  const padding = input.photo ? 48 : 64;
  const body: CardNode[] = [];
  if (input.kicker)
    body.push(el({ fontSize: input.photo ? 28 : 32, fontWeight: 700, color: colours.accent, marginBottom: 18 }, nfc(input.kicker)));
  body.push(
    el({ display: 'block', fontSize, fontWeight: 700, lineHeight: 1.3, color: colours.ink, lineClamp: maxLines }, nfc(input.title)),
  );
  const text = el({ display: 'flex', flexDirection: 'column', flexGrow: 1, flexBasis: 0 }, [
    el({ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, padding: `0 ${padding}px` }, body),
    el(
      {
        display: 'flex',
        alignItems: 'center',
        height: 88,
        margin: `0 ${padding}px`,
        borderTop: `3px solid ${colours.rule}`,
        color: colours.muted,
        fontSize: 30,
      },
      nfc(input.footer ?? ''),
    ),
  ]);
  const photo: CardNode | undefined = input.photo
    ? {
        type: 'img',
        props: {
          src: input.photo,
          width: CARD_PHOTO.width,
          height: CARD_PHOTO.height,
          style: {
            position: 'absolute',
            left: CARD_PHOTO.left,
            top: CARD_PHOTO.top,
            width: CARD_PHOTO.width,
            height: CARD_PHOTO.height,
            objectFit: 'cover',
          },
        },
      }
    : undefined;
  return el(
    {
      display: 'flex',
      flexDirection: 'column',
      width: SOCIAL_CARD_WIDTH,
      height: SOCIAL_CARD_HEIGHT,
      backgroundColor: colours.paper,
      fontFamily: CARD_FONT_STACK.join(', '),
    },
    [
      el(
        {
          display: 'flex',
          alignItems: 'center',
          height: 96,
          padding: '0 64px',
          backgroundColor: colours.accent,
          color: colours.accentInk,
          fontSize: 44,
          fontWeight: 700,
        },
        nfc(input.siteName),
      ),
      el({ display: 'flex', flexDirection: 'row', flexGrow: 1, paddingRight: photo ? CARD_PHOTO.width : 0 }, [text]),
      ...(photo ? [photo] : []),
    ],
  );
}

/** The photo files a card tree draws (its `img` sources), in tree order. */
export function cardPhotos(tree: CardNode): string[] {
  const found: string[] = [];
  const walk = (node: string | CardNode): void => {
    if (typeof node === 'string') return;
    if (node.type === 'img' && node.props.src) found.push(node.props.src);
    const { children } = node.props;
    if (children === undefined) return;
    for (const child of Array.isArray(children) ? children : [children]) walk(child);
  };
  walk(tree);
  return found;
}

/**
 * The cache key of a rendered card: a hash of everything that shapes its pixels, i.e. the whole
 * element tree (text, sizes, colours, layout), the digests of the photos it draws, and the
 * renderer's own fingerprint (library versions, font bytes). Change the title or the layout and the key changes; change nothing and
 * the PNG is reused.
 */
export function cardCacheKey(tree: CardNode, rendererFingerprint: string, photoDigests: readonly string[] = []): string {
  const hash = createHash('sha256').update(rendererFingerprint).update('\0').update(JSON.stringify(tree));
  // The photos' bytes, not only their paths: a photo replaced under the same name re-renders the card.
  for (const digest of photoDigests) hash.update('\0').update(digest);
  return hash.digest('hex').slice(0, 32);
}

/** An image for Open Graph and Twitter cards: a site path or absolute URL, with its alt text. */
export interface SocialImage {
  src: string;
  alt: string;
  width?: number | undefined;
  height?: number | undefined;
}

/** A district's card as its page (and its older articles) announce it. */
export function districtSocialImage(district: District, lang: Lang): SocialImage {
  return {
    src: paths.districtCard(lang, district.id),
    alt: `${t(lang, 'site.name')}: ${districtCardTitle(district, lang)}`,
    width: SOCIAL_CARD_WIDTH,
    height: SOCIAL_CARD_HEIGHT,
  };
}

/**
 * An article's card as its pages announce it (og:image, twitter:image, JSON-LD image): its own
 * card when it is among the newest (src/lib/cardSelection.ts), else its district's. The alt text
 * says what the card shows. An article with a cover (`cover`, with its alt text when known) has a
 * JPEG card with the photo (src/pages/og/[lang]/[year]/[slug].jpg.ts), others a PNG.
 */
export function articleSocialImage(
  article: Pick<Article, 'lang' | 'year' | 'slug' | 'title' | 'district' | 'rank'>,
  recent?: number,
  cover?: { alt?: string | undefined },
): SocialImage {
  const { lang } = article;
  if (!hasOwnCard(article, recent)) return districtSocialImage(article.district, lang);
  const text = `${article.title} (${districtLabel(article.district)})`;
  return {
    src: paths.socialCard(lang, article.year, article.slug, cover ? 'jpg' : 'png'),
    alt: cover?.alt ? `${text}. ${t(lang, 'card.photo', { alt: cover.alt })}` : text,
    width: SOCIAL_CARD_WIDTH,
    height: SOCIAL_CARD_HEIGHT,
  };
}
