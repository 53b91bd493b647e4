"use client";
// One line telling the user whether their answers are safe.
import { useQuestionnaire } from "@/components/questionnaire/questionnaire-provider";

export function SaveStatusBanner() {
  const { status, pending, conflicts } = useQuestionnaire();
  const statuses = Object.values(status);
  const waiting = Object.keys(pending).length;
  let text = "All answers saved.";
  let tone = "text-emerald-800 bg-emerald-50";
  if (Object.keys(conflicts).length > 0) {
    text = "Someone else changed an answer you were editing: choose which version to keep below.";
    tone = "text-amber-900 bg-amber-50";
  } else if (statuses.includes("retrying")) {
    text = `Could not save ${waiting} answer${waiting === 1 ? "" : "s"}: retrying. They are kept in this browser until saved.`;
    tone = "text-red-800 bg-red-50";
  } else if (statuses.includes("saving") || statuses.includes("pending")) {
    text = "Saving…";
    tone = "text-slate-700 bg-slate-100";
  } else if (statuses.includes("invalid")) {
    text = "An answer needs attention before it can be saved.";
    tone = "text-amber-900 bg-amber-50";
  } else if (statuses.includes("locked")) {
    text = "This assessment has been submitted; changes are no longer saved.";
    tone = "text-red-800 bg-red-50";
  }
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={`rounded px-3 py-2 text-sm font-medium ${tone}`}>
      {text}
    </p>
  );
}
