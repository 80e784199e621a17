/**
 * What search engines require of our JSON-LD, checked the same way in unit tests (on the objects
 * src/lib/structuredData.ts builds) and in end-to-end tests (on what the built pages carry).
 * schema.org itself makes nothing required; these lists follow Google's documentation for Article,
 * Breadcrumb and the sitelinks search box, plus what our pages promise (language, place, offset).
 */

/** Properties each @type must carry, non-empty. */
export const requiredProperties: Record<string, readonly string[]> = {
  NewsArticle: ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'image', 'inLanguage', 'mainEntityOfPage', 'about'],
  BreadcrumbList: ['itemListElement'],
  ListItem: ['position', 'name'],
  WebSite: ['name', 'url', 'potentialAction'],
  SearchAction: ['target', 'query-input'],
  EntryPoint: ['urlTemplate'],
  Place: ['name', 'containedInPlace'],
  AdministrativeArea: ['name'],
  Country: ['name'],
  Organization: ['name'],
  GovernmentOrganization: ['name'],
  Person: ['name'],
  CreativeWork: ['name', 'url'],
  ImageObject: ['url'],
};

/**
 * ISO 8601 date-time with an explicit offset, as Google asks for datePublished/dateModified. A date
 * alone is not enough: Google reads it in its own crawler's time zone, a day early for Vietnam.
 */
const dateTimeWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

const isAbsoluteUrl = (value: unknown): boolean => typeof value === 'string' && /^https?:\/\/[^/]+/.test(value);

type Node = Record<string, unknown>;

function checkNode(node: Node, where: string, problems: string[]): void {
  const type = node['@type'];
  if (typeof type !== 'string') return;
  for (const property of requiredProperties[type] ?? []) {
    if (isEmpty(node[property])) problems.push(`${where} (${type}): missing ${property}`);
  }
  switch (type) {
    case 'NewsArticle':
      for (const property of ['datePublished', 'dateModified']) {
        const value = node[property];
        if (typeof value === 'string' && !dateTimeWithOffset.test(value))
          problems.push(`${where}: ${property} "${value}" has no time zone offset`);
      }
      // Google's Article guidelines: each author links to a page about them, the publisher has a logo.
      for (const author of [node['author']].flat() as Node[]) {
        if (author && typeof author === 'object' && !isAbsoluteUrl(author['url'])) problems.push(`${where}.author: needs an absolute url`);
      }
      if (isEmpty((node['publisher'] as Node | undefined)?.['logo'])) problems.push(`${where}.publisher: needs a logo`);
      break;
    case 'BreadcrumbList': {
      const items = Array.isArray(node['itemListElement']) ? (node['itemListElement'] as Node[]) : [];
      items.forEach((item, i) => {
        if (item['position'] !== i + 1) problems.push(`${where}.itemListElement[${i}]: position must be ${i + 1}`);
        // Every crumb but the last (the page itself) must link somewhere.
        if (i < items.length - 1 && !isAbsoluteUrl(item['item']))
          problems.push(`${where}.itemListElement[${i}]: item must be an absolute URL`);
      });
      break;
    }
    case 'SearchAction': {
      const target = node['target'] as Node | string | undefined;
      const template = typeof target === 'string' ? target : target?.['urlTemplate'];
      const input = node['query-input'];
      const name = typeof input === 'string' ? /name=(\w+)/.exec(input)?.[1] : undefined;
      if (!name) problems.push(`${where}: query-input must name its placeholder ("required name=search_term_string")`);
      else if (typeof template !== 'string' || !template.includes(`{${name}}`)) problems.push(`${where}: target must contain {${name}}`);
      if (!isAbsoluteUrl(template)) problems.push(`${where}: target must be an absolute URL`);
      break;
    }
    case 'ImageObject':
    case 'CreativeWork':
      if (!isEmpty(node['url']) && !isAbsoluteUrl(node['url'])) problems.push(`${where}: url must be absolute`);
      break;
  }
}

function walk(value: unknown, where: string, problems: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${where}[${i}]`, problems));
  } else if (value && typeof value === 'object') {
    const node = value as Node;
    checkNode(node, where, problems);
    for (const [key, child] of Object.entries(node)) if (!key.startsWith('@')) walk(child, `${where}.${key}`, problems);
  }
}

/** Problems in one JSON-LD document (an object, an array, or an @graph); empty when it is fine. */
export function structuredDataProblems(data: unknown): string[] {
  const problems: string[] = [];
  const top = Array.isArray(data) ? data : [data];
  top.forEach((node, i) => {
    if (!node || typeof node !== 'object') {
      problems.push(`[${i}]: not an object`);
      return;
    }
    const root = node as Node;
    if (root['@context'] !== 'https://schema.org') problems.push(`[${i}]: @context must be "https://schema.org"`);
    if (root['@type'] === undefined && !Array.isArray(root['@graph'])) problems.push(`[${i}]: no @type`);
    walk(root['@graph'] ?? root, `[${i}]`, problems);
  });
  return problems;
}
