"use server";
// Server actions for signing in, up and out. Each is a thin entry point: the
// checks live in the defineAction specs they call.
import { signInAction, signOutAction } from "@/lib/auth/sign-in";
import { signUpAction } from "@/lib/auth/sign-up";

export async function signIn(input: unknown) {
  return signInAction.run(input);
}

export async function signUp(input: unknown) {
  return signUpAction.run(input);
}

export async function signOut(input: unknown) {
  return signOutAction.run(input);
}
