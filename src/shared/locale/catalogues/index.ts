// The shipped catalogues, by language subtag. To add a language: copy the folder en/ to
// <language>/, translate every message (the type checker names any key left out), give its
// index.ts the Catalogue type as the others have, and list it here (docs/locale.md).
import type { Catalogue } from "../catalogue.js";
import { ar } from "./ar/index.js";
import { de } from "./de/index.js";
import { en } from "./en/index.js";
import { es } from "./es/index.js";
import { fr } from "./fr/index.js";

export const catalogues: Readonly<Record<string, Catalogue>> = { en, de, fr, es, ar };

/** The languages the kit ships words for, e.g. for a message that lists them. */
export const shippedLanguages = Object.keys(catalogues);
