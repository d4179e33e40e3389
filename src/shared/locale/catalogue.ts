// What a catalogue is: every key of the English one (catalogues/en/), each with a message.
// A catalogue without one of en's keys, or with a key en does not have, is a type error naming
// the key (`npm run check`), and localeFor() refuses it at build time too (missingMessages).
// Each language is a folder with one file per area (pages, evidence, charts, timeline, live…),
// the same areas and keys as en's.
import type { areas, en } from "./catalogues/en/index.js";
import type { Message } from "./message.js";

export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [K in MessageKey]: Message };

/** One area file of a language: exactly the keys of en's file of that area. */
export type CatalogueArea<Area extends keyof typeof areas> = {
  readonly [K in keyof (typeof areas)[Area]]: Message;
};

/** Keys starting with "live." are the ones browser code shows: each page carries them (see liveMessages). */
export type LiveMessageKey = Extract<MessageKey, `live.${string}`>;
export type LiveMessages = { readonly [K in LiveMessageKey]: Message };

/** en's keys that `catalogue` lacks (a catalogue read without the type checker: plain JS, a test). */
export function missingMessages(reference: Catalogue, catalogue: Partial<Catalogue>): MessageKey[] {
  return (Object.keys(reference) as MessageKey[]).filter((key) => catalogue[key] === undefined);
}
