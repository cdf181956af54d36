/**
 * @module Which URLs from the API the widget puts in an `href` or `src`: https, `tel:`, http to a loopback
 * host (localhost, 127.0.0.1, [::1], with its port: local development), and links relative to the page's
 * own origin (`/path`, `?query`, `#fragment`). Anything else (`javascript:`, `data:`, http elsewhere,
 * `//other.host`, …) is left out, so the element is no link and its words show as text. The Worker stores
 * only https links, but a pinned script (Subresource Integrity) must not turn what a tampered service or a
 * proxy sends into script on the embedding page. The test is on the text as sent, anchored at its start:
 * no space, tab or escape can hide another scheme from it, and a loopback host must be followed by its
 * port and a path, so no `http://localhost:1@elsewhere` passes.
 */
import { nothing } from 'lit';

/** `url` when it may be bound, else `nothing` (Lit then leaves the attribute out); undefined is never safe. */
export const safe = (url?: string) =>
  /^(https:|tel:|http:\/\/(localhost|127\.0\.0\.1|\[::1]):\d+\/|[/?#]\w)/i.test(url as string)
    ? url
    : nothing;
