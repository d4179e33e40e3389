// A document's generated section: the text between its start and end markers, replaced by what
// the code defines, so the reference cannot drift from what the kit checks.
export interface GeneratedSection {
  /** The document, relative to the repository: e.g. docs/data.md. */
  file: string;
  start: string;
  end: string;
  /** The section, markers included. */
  render: () => string;
}

/** `doc` (the content of `section.file`) with its generated section replaced by a fresh one. */
export function withSection(doc: string, section: GeneratedSection): string {
  const start = doc.indexOf(section.start);
  const end = doc.indexOf(section.end);
  if (start < 0 || end < start)
    throw new Error(
      `${section.file} has no ${section.start} … ${section.end} section; put both markers back and run npm run docs`,
    );
  return doc.slice(0, start) + section.render() + doc.slice(end + section.end.length);
}
