// The portal addresses of the organisation export.
export const exportPagePath = (slug: string) => `/portal/${encodeURIComponent(slug)}/export`;
export const exportDownloadPath = (slug: string, exportId: string) =>
  `${exportPagePath(slug)}/${encodeURIComponent(exportId)}/download`;
