/**
 * The API's error for a native control (select, checkbox group) that react-aria's Form cannot attach it to; the
 * control points at it with aria-describedby and is marked aria-invalid.
 */
export function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
