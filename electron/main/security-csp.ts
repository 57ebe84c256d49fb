/**
 * The content security policy of the app's pages, written once: the Electron shell sends it as a
 * header (security.ts) and the renderer build writes it into the pages' meta tag (vite.config.ts
 * replaces the <!-- CSP --> marker in index.html and archive.html), so the browser host, the desktop
 * app and the province archive's pages enforce the same policy.
 */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' blob: data:; worker-src 'self' blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The marker in renderer/index.html that the build replaces with the meta tag. */
export const CSP_MARKER = '<!-- CSP -->';

/** index.html with the CSP meta tag in place of the marker; refuses an html without the marker. */
export function withCspMeta(html: string): string {
  if (!html.includes(CSP_MARKER)) throw new Error('a renderer page has no <!-- CSP --> marker');
  return html.replace(CSP_MARKER, `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`);
}
