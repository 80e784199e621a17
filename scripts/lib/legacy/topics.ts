/**
 * Topics from the headline and lede, by words that name them unambiguously. Only the clear cases:
 * an editor adds the rest.
 */
const keywords: Array<[topic: string, pattern: RegExp]> = [
  ['thi-dua', /thi đua/iu],
  ['nong-thon-moi', /nông thôn mới|\bNTM/u],
  ['cai-cach-hanh-chinh', /cải cách hành chính/iu],
  ['quoc-phong-an-ninh', /quốc phòng|an ninh/iu],
];

export function guessTopics(text: string): string[] {
  return keywords.filter(([, re]) => re.test(text)).map(([topic]) => topic);
}
