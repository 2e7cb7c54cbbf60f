import type { RequestHandler } from 'express';
import helmet, { contentSecurityPolicy } from 'helmet';

type CspDirectives = NonNullable<Parameters<typeof contentSecurityPolicy>[0]>['directives'];

/** The tile server the map may use (web/src/layers/OsmTileLayer.ts): images, and its reachability probe. */
const TILES = 'https://tile.openstreetmap.org';

/**
 * The map's Content-Security-Policy: its own scripts, worker and styles only (Leaflet positions
 * markers and panes with inline styles, hence 'unsafe-inline' for styles, never for scripts),
 * images from itself, data: URLs (icons) and the tiles, no framing, no plugins. No
 * upgrade-insecure-requests: a hub served over plain HTTP inside an office network must still load.
 */
const PAGE_CSP: NonNullable<CspDirectives> = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  workerSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', TILES],
  connectSrc: ["'self'", TILES],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * /graphql answers JSON, and its landing page (Apollo's, for a browser's GET) brings its own
 * nonce-based policy in a <meta> tag for its CDN scripts: the header adds what a meta tag cannot
 * say (no framing) and no plugins or base URL.
 */
const API_CSP: NonNullable<CspDirectives> = { defaultSrc: contentSecurityPolicy.dangerouslyDisableDefaultSrc, frameAncestors: ["'none'"], objectSrc: ["'none'"], baseUri: ["'self'"] };

function headers(directives: NonNullable<CspDirectives>): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    // The OpenStreetMap tile policy asks for a Referer: send the origin across origins, never the
    // path and query (they carry the map's filters and a clicked point).
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
  });
}

/**
 * Security headers on every response (helmet): the CSP above, X-Frame-Options DENY,
 * X-Content-Type-Options nosniff, Referrer-Policy, Strict-Transport-Security (browsers heed it
 * only over HTTPS), Cross-Origin-Opener/Resource-Policy same-origin and helmet's other defaults.
 */
export function securityHeaders(): RequestHandler {
  const page = headers(PAGE_CSP);
  const api = headers(API_CSP);
  return (req, res, next) => (req.path === '/graphql' || req.path.startsWith('/graphql/') ? api : page)(req, res, next);
}
