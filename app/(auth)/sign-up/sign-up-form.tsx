"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { SignUpSchema, type SignUpInput } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/actions";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { applyActionError } from "@/components/forms/apply-action-error";
import { FormError } from "@/components/forms/form-error";

type Props = { invitation?: { token: string; email: string; organisationName: string } };

export function SignUpForm({ invitation }: Props) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<SignUpInput>({
    resolver: zodResolver(SignUpSchema),
    defaultValues: invitation ? { email: invitation.email, invitationToken: invitation.token } : {},
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await signUp(values);
    if (result.error) return applyActionError(result.error, setError, ["name", "email", "password", "organisationName"]);
    router.replace("/");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <TextField label="Your name" autoComplete="name" registration={register("name")} error={formState.errors.name} />
      <TextField label="Work email" type="email" autoComplete="email" readOnly={!!invitation} registration={register("email")} error={formState.errors.email} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 8 characters. A passphrase of a few words is easiest to remember."
        registration={register("password")}
        error={formState.errors.password}
      />
      {!invitation && (
        <TextField label="Organisation name" autoComplete="organization" registration={register("organisationName")} error={formState.errors.organisationName} />
      )}
      <FormError message={formState.errors.root?.server?.message} />
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? "Creating your account…" : invitation ? `Join ${invitation.organisationName}` : "Create account"}
      </Button>
    </form>
  );
}
