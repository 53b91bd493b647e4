// A file download response: never cached by shared caches, named by the server.
export function downloadResponse(body: BodyInit, contentType: string, filename: string): Response {
  return new Response(body, {
    headers: { "Content-Type": contentType, "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "private, no-store" },
  });
}
