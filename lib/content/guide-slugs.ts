/** Guides the app links to by name (the files are content/guides/<locale>/<slug>.mdx). */
export const generalGuideSlug = "cancel-mobile-subscription";
export const portingGuideSlug = "port-instead-of-cancel";
export const complaintsGuideSlug = "complaints";
