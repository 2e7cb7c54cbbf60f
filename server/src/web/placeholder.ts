/** Page served at `/` until the map client is built (web/dist). */
export function placeholderPage(): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mạng lưới cơ sở trợ giúp xã hội · Social-assistance facility hub</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}code{background:#f2f2f2;padding:0 .25rem}</style>
</head>
<body>
<h1>Mạng lưới cơ sở trợ giúp xã hội</h1>
<p>Social-assistance facility hub. The map is not built yet; the partner API is at <a href="/graphql"><code>/graphql</code></a>.</p>
<p>Try: <code>{ facilities(first: 5) { totalCount edges { node { name kind province { name } } } } }</code></p>
</body>
</html>`;
}
