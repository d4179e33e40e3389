// The public address of the published site, for what must be absolute: oEmbed responses and
// discovery links, the default embed snippet, the citation. site.json's "url" sets it;
// DOSSIER_SITE_URL overrides it (a preview deploy, say).
export function siteUrl(env: NodeJS.ProcessEnv = process.env, configured?: string): string {
  return (env.DOSSIER_SITE_URL ?? configured ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
}
