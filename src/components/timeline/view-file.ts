// A large timeline's view is a file of its own (`_timeline/view-<hash>.json`, written by
// scripts/lib/timeline-view-file.ts), named by the page's script.tl-data[data-src].

/**
 * The view file's text, fetched from the site: a promise, so it can be asked for early. The text,
 * not the parsed JSON: the live view parses it as a step of its first render.
 */
export function fetchViewFile(src: string): Promise<string> {
  return fetch(new URL(src, document.baseURI)).then((response) => {
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    return response.text();
  });
}
