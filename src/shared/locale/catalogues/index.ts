// The shipped catalogues, by language subtag. To add a language: copy en.ts to <language>.ts,
// translate every message (the type checker names any key left out), and list it here
// (docs/locale.md walks through it).
import type { Catalogue } from "../catalogue.js";
import { ar } from "./ar.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";

export const catalogues: Readonly<Record<string, Catalogue>> = { en, de, fr, es, ar };

/** The languages the kit ships words for, e.g. for a message that lists them. */
export const shippedLanguages = Object.keys(catalogues);
