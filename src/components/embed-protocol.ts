// The message an embed page posts to its parent with its content height. Versioned: a host
// script accepts only the versions it knows, so the shape can change without breaking hosts.
//   {type: "dossier:embed-size", version: 1, chart: "<chart-id>", height: <CSS pixels>}
export const embedSizeMessageType = "dossier:embed-size";
export const embedSizeMessageVersion = 1;
export const minEmbedHeight = 80;
export const maxEmbedHeight = 4000;

export interface EmbedSizeMessage {
  type: typeof embedSizeMessageType;
  version: typeof embedSizeMessageVersion;
  chart: string;
  height: number;
}

/** The message's height clamped to sane bounds, or undefined when the data is not our message. */
export function embedHeightOf(data: unknown): number | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const message = data as Partial<Record<keyof EmbedSizeMessage, unknown>>;
  if (message.type !== embedSizeMessageType || message.version !== embedSizeMessageVersion) return undefined;
  if (typeof message.chart !== "string" || typeof message.height !== "number") return undefined;
  if (!Number.isFinite(message.height)) return undefined;
  return Math.min(maxEmbedHeight, Math.max(minEmbedHeight, Math.ceil(message.height)));
}
