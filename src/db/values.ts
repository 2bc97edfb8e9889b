/**
 * An engine's 64-bit integer as the port returns it: a number when it is
 * exact in JavaScript, otherwise its decimal string.
 */
export function safeInteger(value: bigint): number | string {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}
