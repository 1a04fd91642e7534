/** How long a socket operation waits for the server's ack before it counts as failed. */
export const ACK_TIMEOUT_MS = 8_000;
