// The public address of the published site, for what must be absolute: oEmbed responses and
// discovery links, and the default embed snippet. Set DOSSIER_SITE_URL when publishing.
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.DOSSIER_SITE_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
}
