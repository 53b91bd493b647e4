// Unexpected errors are logged on the server with their context and never
// sent to the browser.
export function logServerError(where: string, error: unknown): void {
  console.error(`[steward] ${where} failed:`, error);
}
