import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';

/**
 * Errors of the HTTP layer before GraphQL (a body over the size limit, malformed JSON) answered as
 * GraphQL-shaped JSON with a stable code instead of Express's HTML page.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = Number(err?.status ?? err?.statusCode) || 500;
    let code = 'INTERNAL_SERVER_ERROR';
    let message = 'Internal server error';
    if (err?.type === 'entity.too.large') {
      code = 'PAYLOAD_TOO_LARGE';
      message = `The request body is larger than ${err.limit} bytes`;
    } else if (err?.type === 'entity.parse.failed') {
      code = 'BAD_REQUEST';
      message = 'The request body is not valid JSON';
    } else if (status >= 400 && status < 500) {
      code = 'BAD_REQUEST';
      message = 'The request could not be read';
    }
    if (status >= 500) logger.error({ err }, 'unexpected error before GraphQL');
    else logger.info({ code, status }, 'request refused');
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
