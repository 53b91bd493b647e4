"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { SignInSchema, type SignInInput } from "@/lib/auth/schemas";
import { signIn } from "@/lib/auth/actions";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { applyActionError } from "@/components/forms/apply-action-error";
import { FormError } from "@/components/forms/form-error";

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<SignInInput>({ resolver: zodResolver(SignInSchema) });
  const onSubmit = handleSubmit(async (values) => {
    const result = await signIn(values);
    if (result.error) return applyActionError(result.error, setError, ["email", "password"]);
    router.replace(next);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label="Email" type="email" autoComplete="email" registration={register("email")} error={formState.errors.email} />
      <TextField label="Password" type="password" autoComplete="current-password" registration={register("password")} error={formState.errors.password} />
      <FormError message={formState.errors.root?.server?.message} />
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
