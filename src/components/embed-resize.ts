// Inside an embed page: report the content height to the parent page whenever it changes.
// The height is not secret, and an embed page cannot know its host's origin, so it posts to "*";
// the host script checks where the message came from.
import { type EmbedSizeMessage, embedSizeMessageType, embedSizeMessageVersion } from "./embed-protocol.js";

export function reportEmbedHeight(chart: string, content: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const post = () => {
    // The root element's height is the content's, collapsed margins included (body's is not).
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedSizeMessage = {
      type: embedSizeMessageType,
      version: embedSizeMessageVersion,
      chart,
      height,
    };
    window.parent.postMessage(message, "*");
  };
  const observer = new ResizeObserver(post);
  observer.observe(content);
  observer.observe(document.documentElement);
  post();
  return () => observer.disconnect();
}
