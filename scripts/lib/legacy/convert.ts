import type { Frontmatter } from '../articleFile.ts';
import type { District, DocumentEntry } from '../readContent.ts';
import { findBylineAndSource } from './byline.ts';
import { bodyBlocks } from './captions.ts';
import { removeChrome } from './chrome.ts';
import { findDateInText, findDateLine } from './dateTime.ts';
import { districtEntry } from '../districtsFile.ts';
import { findDistrictInText, unknownDistrictId } from './districtInText.ts';
import { placesFor, type PlaceEntry } from './places.ts';
import { findCitedDocuments, resolveCitedDocuments } from './documents.ts';
import { exportLines } from './lines.ts';
import { renderBlocks } from './mdx.ts';
import type { ReviewItem } from './review.ts';
import { portalName, splitSourcePrefix } from './source.ts';
import { guessTopics } from './topics.ts';
import { readViewCount } from './viewCount.ts';

export interface Conversion {
  frontmatter: Frontmatter & { title: string; lede: string; publishedAt: string; district: string; documents: string[]; author: string };
  body: string;
  /** The year folder (the year of publishedAt: dates here are Vietnam dates already). */
  year: string;
  /** Documents to add to documents.yaml for this article. */
  newDocuments: DocumentEntry[];
  /** The district to add to districts.yaml for this article: found in the national list, not yet in the file. */
  newDistricts: District[];
  review: ReviewItem[];
  /** True when something needs an editor's eye before publishing. */
  draft: boolean;
}

/** Why an export cannot become an article at all, in Vietnamese and English (the message). */
export class NotAnArticle extends Error {
  readonly vi: string;
  constructor(vi: string, en: string) {
    super(en);
    this.vi = vi;
  }
}

/**
 * One legacy export → one article. Pure: the caller reads the file and districts.yaml/documents.yaml
 * and writes the result. Whatever is not certain is listed in `review`, and makes the article a
 * draft when a reader would otherwise see a guess (district, time of day, byline).
 */
export function convertExport(text: string, context: ConvertContext): Conversion {
  return convertLines(exportLines(text), context);
}

export interface ConvertContext {
  districts: District[];
  documents: DocumentEntry[];
  documentIds?: Iterable<string>;
  source?: string | undefined;
  /** Every district the text may name: districts.yaml and the national list (placesFor); the same array each call. */
  places?: readonly PlaceEntry[];
}

/**
 * One export, as lines, to one article. A saved page (htmlExport.ts) comes with `page`: its text
 * lines go through the same rules as a text export; `page.chrome` (breadcrumb, footer) helps find
 * the district; `page.body` is the body.
 */
export function convertLines(allLines: string[], context: ConvertContext, page?: { chrome: string[]; body: string }): Conversion {
  const review: ReviewItem[] = [];
  let draft = false;
  const needsReview = (item: ReviewItem, makesDraft: boolean) => {
    review.push(item);
    if (makesDraft) draft = true;
  };

  // The view count may sit above the headline or among the furniture below the article.
  const viewsLine = readViewCount(allLines);
  const removed = removeChrome(viewsLine ? allLines.filter((_, i) => i !== viewsLine.index) : allLines);
  const article = removed.article;
  const chrome = [...removed.chrome, ...(page?.chrome ?? [])];
  let lines = [...article];
  const dateLine = findDateLine(lines);
  if (dateLine?.index !== undefined) lines.splice(dateLine.index, 1);

  const title = lines[0];
  if (!title)
    throw new NotAnArticle(
      'bỏ phần thừa của cổng cũ (menu, chia sẻ, chân trang…) xong thì không còn nội dung bài',
      'no text left after removing the portal chrome (menus, sharing, footer…)',
    );
  lines = lines.slice(1).filter((l) => l !== title);
  const ending = findBylineAndSource(lines);
  const byline = ending.author;
  for (const index of [ending.author?.index, ending.source?.index].filter((i) => i !== undefined).sort((a, b) => b - a))
    lines.splice(index, 1);
  const firstLine = lines.shift();
  if (firstLine === undefined) throw new NotAnArticle('tệp có tiêu đề nhưng không có nội dung', 'the export has a title but no text');
  const source = splitSourcePrefix(firstLine);
  const lede = source.lede;

  const date = dateLine ?? findDateInText(lede);
  if (!date)
    throw new NotAnArticle(
      'không thấy ngày đăng: thêm một dòng như "01/03/2024 - 13:32" ngay dưới tiêu đề trong tệp rồi nhập lại',
      'no publication date: add a line such as "01/03/2024 - 13:32" under the headline in the file, then import it again',
    );
  if (date.from === 'text') {
    needsReview(
      {
        field: 'publishedAt',
        vi: 'trang cũ không ghi ngày đăng; đã lấy ngày ở đầu bài',
        en: 'the portal shows no publication date; the date at the start of the text was used',
      },
      true,
    );
  }
  if (date.updated) {
    needsReview(
      {
        field: 'publishedAt',
        vi: 'trang cũ chỉ ghi giờ cập nhật; đã lấy làm giờ đăng',
        en: 'the portal shows only the time of its last update; it was taken for the publication time',
      },
      false,
    );
  }
  if (!date.hasTime) {
    needsReview({ field: 'publishedAt', vi: 'không rõ giờ đăng: chỉ ghi ngày', en: 'no time of day: the date alone is recorded' }, true);
  }

  const articleText = [title, lede, ...lines].join('\n');
  const places = context.places ?? placesFor(context.districts);
  const match = findDistrictInText({ headline: title, body: [lede, ...lines].join('\n'), chrome: chrome.join('\n') }, places);
  const known = (id: string) => context.districts.find((d) => d.id === id);
  let district: District | undefined;
  let districtId: string;
  const newDistricts: District[] = [];
  if (match.kind === 'matched') {
    district = known(match.district.id) ?? districtEntry(match.district);
    districtId = district.id;
    if (!known(districtId)) {
      newDistricts.push(district);
      needsReview(
        {
          field: 'district',
          vi: `thêm ${district.kind} ${district.name.vi} (${district.province.vi}) vào districts.yaml từ danh mục đơn vị hành chính`,
          en: `${district.name.en} (${district.province.en}) added to districts.yaml from the national list`,
        },
        false,
      );
    }
  } else if (match.kind === 'ambiguous') {
    const candidates = match.candidates.map((d) => `${d.id} (${d.kind} ${d.name.vi}, ${d.province.vi})`).join('; ');
    districtId = (match.candidates.find((d) => known(d.id)) ?? match.candidates[0]!).id;
    needsReview(
      {
        field: 'district',
        vi: `không chắc là địa phương nào; có thể là: ${candidates}`,
        en: `not sure which district; it may be: ${candidates}`,
      },
      true,
    );
  } else {
    districtId = unknownDistrictId;
    needsReview(
      {
        field: 'district',
        vi: 'bài không cho biết địa phương: điền district',
        en: 'the text does not say which district: fill in district',
      },
      true,
    );
  }

  let author = byline?.author;
  const portal = portalName(chrome, district);
  if (!author) {
    author = portal ?? context.source ?? source.name ?? 'Chưa rõ tác giả';
    needsReview(
      { field: 'author', vi: `bài không ghi tác giả; tạm ghi "${author}"`, en: `no byline; "${author}" is recorded for now` },
      true,
    );
  }
  if (source.abbreviation && !source.name) {
    needsReview(
      {
        field: 'source',
        vi: `"${source.abbreviation} -" ở đầu bài là tên báo nào?`,
        en: `which newspaper is "${source.abbreviation} -" at the start of the text?`,
      },
      false,
    );
  }
  const sourceName = ending.source?.name ?? source.name ?? context.source ?? portal;

  let legacyViews = viewsLine?.views ?? dateLine?.views;
  if (legacyViews === undefined && dateLine && dateLine.trailingNumbers.length > 0) {
    legacyViews = dateLine.trailingNumbers[0];
    needsReview(
      {
        field: 'legacyViews',
        vi: `số ${legacyViews} sau ngày đăng được hiểu là lượt xem (trang cũ ghi: ngày, lượt xem, bình luận): kiểm tra lại`,
        en: `the number ${legacyViews} after the date was taken as the view count (the portal shows date, views, comments): check it`,
      },
      false,
    );
  }

  const documents = resolveCitedDocuments(findCitedDocuments(articleText), context.documents, district, context.documentIds);
  review.push(...documents.review);

  return {
    frontmatter: {
      title,
      lede,
      publishedAt: date.publishedAt,
      district: districtId,
      documents: documents.ids,
      author,
      ...(sourceName ? { source: { name: sourceName } } : {}),
      ...topicField(guessTopics(`${title}\n${lede}`)),
      ...(legacyViews === undefined ? {} : { legacyViews }),
      ...(draft ? { draft: true } : {}),
    },
    body: page ? page.body : renderBlocks(bodyBlocks(lines)),
    year: date.publishedAt.slice(0, 4),
    newDocuments: documents.added,
    newDistricts,
    review,
    draft,
  };
}

function topicField(topics: string[]): { topics?: string[] } {
  return topics.length > 0 ? { topics } : {};
}
