// The messages browser code shows ("live." keys), picked from a catalogue: what each page
// carries in <meta name="dossier-messages"> so components need no catalogue of their own.
import type { Catalogue, LiveMessageKey, LiveMessages } from "./catalogue.js";

export const liveMessagesMeta = "dossier-messages";

export function liveMessages(catalogue: Catalogue): LiveMessages {
  const picked: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(catalogue)) if (key.startsWith("live.")) picked[key] = message;
  return picked as LiveMessages;
}

export type { LiveMessageKey, LiveMessages };
