/** The dashboard's Content-Security-Policy: no script, no frame, forms post only to itself. */
export const ADMIN_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
