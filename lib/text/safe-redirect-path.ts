// Only same-site paths may follow sign-in: "//evil.example" and absolute URLs
// fall back to the home page, so a link cannot bounce a user off-site.
export function safeRedirectPath(candidate: string | undefined, fallback = "/"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  return candidate;
}
