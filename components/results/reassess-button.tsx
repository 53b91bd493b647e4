"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reassess } from "@/lib/assessments/actions";
import { Button } from "@/components/ui/button";

export function ReassessButton({ assessmentId }: { assessmentId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await reassess({ assessmentId });
            if (result.error) return setError(result.error.message);
            router.push(`/assessments/${result.data.id}`);
          })
        }
      >
        {pending ? "Starting…" : "Start a reassessment from these answers"}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}
