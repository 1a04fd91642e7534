/** A firm counts as offline once none of its users has been connected for this long. */
export const OFFLINE_AFTER = '15 minutes';
/** At most one digest per conversation and recipient in this span. */
export const DIGEST_GAP = '1 hour';
/** Connected users are marked seen this often; must stay well under OFFLINE_AFTER. */
export const PRESENCE_HEARTBEAT_MS = 60_000;
/** Conversations quiet for longer are not looked at (their unread messages were told of). */
export const DIGEST_LOOKBACK = '7 days';
