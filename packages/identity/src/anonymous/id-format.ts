const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Only well-formed UUIDs are taken from cookies, storage or the server: anything else is noise or tampering. */
export function isAnonymousId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The user ids core accepts: 1 to 128 characters. */
export function isUserId(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= 128;
}
