// embed.js: the script an article includes beside our iframes. It sizes each of our iframes to
// the height its embed page reports. It trusts a message only when it comes from that very
// iframe (event.source) AND from the iframe's own origin, has our versioned shape and a finite
// height (clamped); it never navigates and never throws on the host page.
import { embedHeightOf } from "./embed-protocol.js";

function ourIframes(): HTMLIFrameElement[] {
  return Array.from(document.querySelectorAll<HTMLIFrameElement>("iframe[data-dossier-embed]"));
}

function onMessage(event: MessageEvent): void {
  try {
    const height = embedHeightOf(event.data);
    if (height === undefined) return;
    for (const iframe of ourIframes()) {
      if (iframe.contentWindow !== event.source) continue;
      if (new URL(iframe.src, document.baseURI).origin !== event.origin) return;
      iframe.style.height = `${height}px`;
      iframe.setAttribute("scrolling", "no");
      return;
    }
  } catch {
    // A host page must never see an error from us.
  }
}

const marker = "__dossierEmbedHost";
const host = window as unknown as Record<string, boolean>;
if (!host[marker]) {
  host[marker] = true;
  window.addEventListener("message", onMessage);
}
