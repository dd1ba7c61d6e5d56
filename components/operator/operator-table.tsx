import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { Operator } from "@/lib/content/operator-schema";
import { formatDateOnly } from "@/lib/format-date";
import { htmlLangOf } from "@/lib/i18n/html-lang";
import { aside, enumerate } from "@/lib/i18n/typography";

type Row = {
  id: string;
  name: string;
  href: string;
  channels: string;
  notice: string;
  billing: string | null;
  phone: Operator["phone"];
  lastChecked: string;
};

/**
 * The comparison table. A phone cannot show five columns, so under `sm` the same rows are shown
 * as cards; only one of the two is ever displayed, so screen readers meet it once.
 */
export async function OperatorTable({
  operators,
  locale,
}: {
  operators: Operator[];
  locale: string;
}) {
  const t = await getTranslations({ locale, namespace: "operators" });
  const confirm = (name: string) => t("confirm", { name });
  const rows: Row[] = operators.map((operator) => ({
    id: operator.id,
    name: operator.name,
    href: `/${locale}/operators/${operator.id}`,
    channels: operator.channels
      ? enumerate(
          operator.channels.list.map((c) => t(`channelNames.${c}`)),
          locale,
        ) + (operator.channels.source ? "" : aside(t("reported"), locale))
      : confirm(operator.name),
    notice: operator.prepaidOnly
      ? t("prepaidOnly")
      : operator.notice
        ? t(`rules.${operator.notice.rule}`) +
          (operator.notice.source ? "" : aside(t("reported"), locale))
        : confirm(operator.name),
    // A sentence of its own under the rule, not glued to it: its punctuation is the catalog's.
    billing: operator.notice?.billsToEndOfInvoicePeriod ? t("billsToEndOfInvoicePeriod") : null,
    phone: operator.phone,
    lastChecked: formatDateOnly(operator.lastChecked, htmlLangOf(locale)),
  }));
  const notice = (row: Row) => (
    <>
      {row.notice}
      {row.billing ? <span className="block">{row.billing}</span> : null}
    </>
  );
  const phone = (row: Row) =>
    row.phone ? (
      <a href={`tel:${row.phone.tel}`} className="whitespace-nowrap underline">
        {row.phone.display}
      </a>
    ) : (
      confirm(row.name)
    );

  return (
    <>
      <table className="hidden w-full border-collapse text-left text-sm sm:table">
        <caption className="mb-3 text-left text-zinc-600 dark:text-zinc-400">
          {t("caption")}
        </caption>
        <thead>
          <tr className="border-b-2 border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-2 pr-3">
              {t("operator")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("channels")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("notice")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("phone")}
            </th>
            <th scope="col" className="py-2">
              {t("lastChecked")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="py-2 pr-3 font-semibold">
                <Link href={row.href} className="underline underline-offset-4">
                  {row.name}
                </Link>
              </th>
              <td className="py-2 pr-3">{row.channels}</td>
              <td className="py-2 pr-3">{notice(row)}</td>
              <td className="py-2 pr-3">{phone(row)}</td>
              <td className="py-2 whitespace-nowrap">{row.lastChecked}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-3 sm:hidden">
        {rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <Link href={row.href} className="text-lg font-semibold underline underline-offset-4">
              {row.name}
            </Link>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="font-medium">{t("channels")}</dt>
              <dd>{row.channels}</dd>
              <dt className="font-medium">{t("notice")}</dt>
              <dd>{notice(row)}</dd>
              <dt className="font-medium">{t("phone")}</dt>
              <dd>{phone(row)}</dd>
              <dt className="font-medium">{t("lastChecked")}</dt>
              <dd>{row.lastChecked}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
