// The public shape of a checklist version: domains, then controls with their
// owner per deployment type and framework references.
import type { ChecklistVersion } from "@/lib/checklist/schema";

export function toChecklistExport(version: ChecklistVersion) {
  return {
    id: version.id,
    publishedAt: version.publishedAt,
    notes: version.notes,
    domains: version.domains.map((d) => ({ ...d, controls: version.controls.filter((c) => c.domain === d.id) })),
  };
}
