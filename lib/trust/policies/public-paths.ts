// Public addresses of a document's pages, without the language prefix (localizedPath adds it).
export const documentPaths = {
  current: (slug: string) => `/${slug}`,
  history: (slug: string) => `/${slug}/history`,
  version: (slug: string, version: number) => `/${slug}/v/${version}`,
  diff: (slug: string, from: number, to: number) => `/${slug}/diff/${from}/${to}`,
  pdf: (slug: string, version: number | "latest") => `/${slug}/${version}.pdf`,
};
