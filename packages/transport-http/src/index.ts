export { createHttpTransport, type HttpTransportOptions } from './http-transport';
export { classifyResponse } from './classify';
export { parseRetryAfter } from './retry-after';
