import type { Operator } from "@/lib/content/operator-schema";

/** A fact's text with `{name}` filled in and `{phone}` as a tap-to-call link. */
export function FactText({
  text,
  operator,
}: {
  text: string;
  operator: Pick<Operator, "name" | "phone">;
}) {
  const parts = text.replaceAll("{name}", operator.name).split("{phone}");
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {index > 0 && operator.phone ? (
            <a href={`tel:${operator.phone.tel}`} className="whitespace-nowrap">
              {operator.phone.display}
            </a>
          ) : null}
          {part}
        </span>
      ))}
    </>
  );
}
