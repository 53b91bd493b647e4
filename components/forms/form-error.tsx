// The form-wide error (one not tied to a field), announced when it appears.
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
      {message}
    </p>
  );
}
