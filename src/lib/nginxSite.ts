import type { HeaderList, SiteHeaders } from './securityHeaders.ts';

/**
 * The nginx configuration for the site, written by the build beside the pages (dist/_bantin/) so
 * that it always carries the headers of the build it serves. Included in a `server { }` block that
 * sets `root` to dist/ (docs/deployment.md); nginx sends the pages and files straight from disk
 * and passes /api/ to the Node server (the `bantin_counter` upstream).
 *
 * The security headers are set once for the whole server block: a location with an `add_header`
 * of its own would drop them, so caching is set with `expires`, which is not add_header; the
 * editor's location (/admin/), with a policy of its own, repeats them all. The API's
 * answers already carry the headers from the Node server; nginx hides those and adds its own, so
 * each is sent once. X-Forwarded-For is set to the address nginx saw and nothing else: whatever a
 * client wrote in that header itself is dropped, and the server trusts nginx (COUNTER_TRUST_PROXY).
 */
export function nginxSite({ site: headers, admin }: SiteHeaders): string {
  const addHeaders = (list: HeaderList, indent: string) => list.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
  const lines = [
    "# Written by the build (src/lib/nginxSite.ts); include it in the site's server block, after root.",
    ...addHeaders(headers, ''),
    '',
    'index index.html;',
    'absolute_redirect off;  # /tin-tuc -> /tin-tuc/ on whatever host and port the reader used',
    'error_page 404 /404.html;',
    '',
    'location / {',
    '    try_files $uri $uri/ =404;',
    '    expires epoch;  # Cache-Control: no-cache: revalidated on every visit, so a new build shows at once',
    '}',
    'location /en/ {',
    '    error_page 404 /en/404.html;',
    '    try_files $uri $uri/ =404;',
    '    expires epoch;',
    '}',
    '# The web editor: its own policy (it calls GitHub); a location with add_header takes none from above.',
    'location /admin/ {',
    ...addHeaders(admin, '    '),
    '    try_files $uri $uri/ =404;',
    '    expires epoch;',
    '}',
    'location /_astro/ {',
    '    expires 1y;  # file names change with their content',
    '}',
    'location /_bantin/ {',
    '    return 404;  # the page list and these settings are for the servers, not for readers',
    '}',
    'location /api/ {',
    '    proxy_pass http://bantin_counter;',
    '    proxy_http_version 1.1;',
    '    proxy_set_header Connection "";',
    '    proxy_set_header Host $host;',
    '    proxy_set_header X-Forwarded-For $remote_addr;',
    '    proxy_set_header X-Forwarded-Proto $scheme;',
    '    proxy_set_header X-Forwarded-Host $host;',
    ...headers.map(([name]) => `    proxy_hide_header ${name};`),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
