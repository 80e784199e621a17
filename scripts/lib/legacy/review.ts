/** Something the importer could not infer with confidence: printed for the editor, and in --json. */
export interface ReviewItem {
  /** The frontmatter field it concerns (or "body"). */
  field: string;
  vi: string;
  en: string;
}
