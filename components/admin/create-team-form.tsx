"use client";
// Creates a team; the page re-renders with it listed.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { CreateTeamSchema, type CreateTeamInput } from "@/lib/organisations/schemas";
import { createTeam } from "@/lib/organisations/actions";
import { TextField } from "@/components/forms/text-field";
import { FormError } from "@/components/forms/form-error";
import { applyActionError } from "@/components/forms/apply-action-error";
import { Button } from "@/components/ui/button";

export function CreateTeamForm() {
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<CreateTeamInput>({
    resolver: zodResolver(CreateTeamSchema),
    defaultValues: { name: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await createTeam(values);
    if (result.error) return applyActionError(result.error, setError, ["name"]);
    reset({ name: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <TextField label="New team name" id="team-name" registration={register("name")} error={formState.errors.name} />
      </div>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Creating…" : "Create team"}
      </Button>
      <div className="w-full">
        <FormError message={formState.errors.root?.server?.message} />
      </div>
    </form>
  );
}
