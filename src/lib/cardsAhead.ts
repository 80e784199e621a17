import { readContent } from '../../scripts/lib/readContent.ts';
import { buildArchive, type Archive } from './archiveIndex.ts';
import { articleRecords } from './articleRecords.ts';
import { articleCards, districtCards, siteCards } from './cardList.ts';
import type { SocialCardInput } from './socialCard.ts';

/**
 * The social cards a build of `contentDir` will ask for, worked out from the files themselves with
 * `npm run check`'s reader, before Astro has read them: a cold build draws them on the second core
 * while its first core syncs the content and bundles (src/lib/socialCardWorker.ts). Only a head
 * start: the card routes still ask for every card, so a guess that misses costs time, never a card.
 * Content with errors draws nothing ahead: the build is about to stop on them, and says where.
 */
export async function cardsAhead(contentDir: string, host: string | undefined): Promise<SocialCardInput[]> {
  const content = await readContent(contentDir);
  if (content.problems.some((p) => p.severity === 'error')) return [];
  let archive: Archive;
  try {
    // A build never shows drafts (src/lib/archive.ts shows them to `astro dev` only).
    archive = buildArchive(
      articleRecords(content.entries, content.refs, false, () => undefined),
      content.districts,
      content.documents,
    );
  } catch {
    // An unknown district or document, which the build reports with the file and the fix.
    return [];
  }
  return [...siteCards(host), ...articleCards(archive), ...districtCards(archive, host)].map((card) => card.input);
}
