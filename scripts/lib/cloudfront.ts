/**
 * Tooling only: the CloudFront Function (viewer request) that serves the static build from a
 * private S3 bucket as deploy/nginx.conf serves it: the old address of a moved page answers 301
 * with its new one, `/x` redirects to `/x/`, and `/x/` is fetched as `/x/index.html`. Generated
 * from the build's redirects, so the function and the map cannot drift apart.
 */
import type { Redirect } from '../../src/lib/site/redirects.ts';

/** The command that prints the function, named in its header comment. */
export const CLOUDFRONT_COMMAND = 'npm run print:redirects -- cloudfront';

/** A JavaScript string literal in single quotes. */
const quote = (text: string): string =>
	`'${text.replace(/[\\']/g, (character) => `\\${character}`)}'`;

/**
 * The function's source for these redirects: plain ES5 with no imports, so it runs on either
 * CloudFront Functions runtime, laid out as Prettier lays out the README's copy of it. Each old
 * address matches with or without its trailing slash.
 */
export function renderCloudFrontFunction(redirects: readonly Redirect[]): string {
	const moved = redirects.map(({ from, to }) => `  ${quote(from)}: ${quote(to)},`).join('\n');
	return `// PDP: viewer-request function for the S3 origin. Generated from the build's redirects
// (content/redirects.yaml) by \`${CLOUDFRONT_COMMAND}\`: regenerate it, do not edit it.
var MOVED = {
${moved}
};

function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var slashed = uri.charAt(uri.length - 1) === '/';
  var page = slashed ? uri : uri + '/';
  if (Object.prototype.hasOwnProperty.call(MOVED, page)) return redirect(MOVED[page]);
  if (slashed) {
    request.uri = uri + 'index.html';
    return request;
  }
  // A last segment without a dot is a page asked for without its slash.
  if (uri.lastIndexOf('.') < uri.lastIndexOf('/')) return redirect(page);
  return request;
}

// no-cache: browsers keep a 301 for good unless told to ask again, and a page may come back.
function redirect(location) {
  return {
    statusCode: 301,
    statusDescription: 'Moved Permanently',
    headers: { location: { value: location }, 'cache-control': { value: 'no-cache' } },
  };
}
`;
}
