"use client";
// The review page: unanswered questions with links to them, then submit.
// Submitting waits for every pending answer to be saved first.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { isAnswered } from "@/lib/questionnaire/progress";
import { submitAssessment } from "@/lib/assessments/actions";
import { useQuestionnaire } from "@/components/questionnaire/questionnaire-provider";
import { Button } from "@/components/ui/button";

type Props = { assessmentId: string; questions: { id: string; title: string; domainId: string }[]; domains: { id: string; title: string }[] };

export function ReviewAndSubmit({ assessmentId, questions, domains }: Props) {
  const { currentFields, pending, canEdit } = useQuestionnaire();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [submitting, startSubmit] = useTransition();
  const unanswered = questions.filter((q) => !isAnswered(currentFields(q.id)));
  const unsaved = Object.keys(pending).length;
  const submit = () =>
    startSubmit(async () => {
      setError(null);
      const result = await submitAssessment({ assessmentId });
      if (result.error) return setError(result.error.message);
      router.push(`/assessments/${assessmentId}/results`);
      router.refresh();
    });
  return (
    <section aria-labelledby="review-title" className="space-y-4">
      <h2 id="review-title" className="text-xl font-semibold">
        Review and submit
      </h2>
      {unanswered.length === 0 ? (
        <p className="text-slate-700">Every question is answered.</p>
      ) : (
        <div>
          <p className="text-slate-700">
            {unanswered.length} question{unanswered.length === 1 ? " is" : "s are"} not answered yet. Unanswered questions you own count as gaps.
          </p>
          {domains.map((domain) => {
            const inDomain = unanswered.filter((q) => q.domainId === domain.id);
            if (inDomain.length === 0) return null;
            return (
              <div key={domain.id} className="mt-3">
                <h3 className="font-medium">{domain.title}</h3>
                <ul className="ml-5 list-disc text-sm">
                  {inDomain.map((q) => (
                    <li key={q.id}>
                      <Link href={`/assessments/${assessmentId}/domains/${domain.id}#${q.id}`} className="text-brand-700 underline">
                        {q.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      {canEdit && (
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm text-slate-700">Submitting locks the assessment and records its score. You can start a reassessment from it later.</p>
          {unsaved > 0 && <p className="mt-2 text-sm font-medium text-amber-900">Waiting for {unsaved} answer{unsaved === 1 ? "" : "s"} to save before you can submit.</p>}
          {error && (
            <p role="alert" className="mt-2 text-sm font-medium text-red-700">
              {error}
            </p>
          )}
          <Button type="button" className="mt-3" disabled={submitting || unsaved > 0} onClick={submit}>
            {submitting ? "Submitting…" : "Submit assessment"}
          </Button>
        </div>
      )}
    </section>
  );
}
