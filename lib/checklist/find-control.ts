// Looks a control up by id across published versions, newest first: the
// dashboard counts gaps from assessments that answered different versions.
import type { ChecklistVersion } from "@/lib/checklist/schema";
import { getChecklistVersion, publishedVersionIds } from "@/lib/checklist/versions";

type Control = ChecklistVersion["controls"][number];

let index: Map<string, Control> | null = null;

export function findControl(controlId: string): Control | null {
  if (!index) {
    index = new Map();
    for (const id of [...publishedVersionIds].sort().reverse())
      for (const control of getChecklistVersion(id)!.controls) if (!index.has(control.id)) index.set(control.id, control);
  }
  return index.get(controlId) ?? null;
}
