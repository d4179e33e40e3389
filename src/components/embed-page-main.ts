// The script of a built embed page (bundled by the build into _embed/, in place of Framework's
// client, which an embed does not need): enhance the page it is loaded in.
import { enhanceEmbedPage } from "./embed-page.js";

enhanceEmbedPage(document.querySelector("[data-embed]"));
