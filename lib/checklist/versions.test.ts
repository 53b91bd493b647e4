import { describe, expect, it } from "vitest";
import { currentDraft, CURRENT_VERSION_ID } from "@/lib/checklist/current-draft";
import { getChecklistVersion, getCurrentChecklist, publishedVersionIds } from "@/lib/checklist/versions";
import { scoreAssessment } from "@/lib/scoring/score-assessment";

describe("published checklist versions", () => {
  it("every published version passes the schema", () => {
    for (const id of publishedVersionIds) expect(getChecklistVersion(id)?.id).toBe(id);
  });

  it("the draft in lib/checklist/content is exactly the published current version (bump the version to change content)", () => {
    expect(JSON.parse(JSON.stringify(currentDraft))).toEqual(getCurrentChecklist());
    expect(getCurrentChecklist().id).toBe(CURRENT_VERSION_ID);
  });

  it("an assessment on an older version is still scored against its own questions", () => {
    const old = getChecklistVersion("2026.08")!;
    const current = getCurrentChecklist();
    expect(old.controls.length).toBeLessThan(current.controls.length);
    const answers = Object.fromEntries(old.controls.map((c) => [c.id, { value: 3 as const }]));
    const result = scoreAssessment({ version: old, deploymentType: "paas", answers });
    expect(result.completion).toEqual({ answered: old.controls.length, total: old.controls.length, percent: 100 });
    expect(result.gaps).toEqual([]);
  });

  it("an unknown version is reported as missing, not guessed", () => {
    expect(getChecklistVersion("1999.01")).toBeNull();
  });
});
