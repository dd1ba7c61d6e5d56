import { getTranslations } from "next-intl/server";
import { loadTrackerPage } from "@/app/[locale]/tracker/_lib/case-page";
import { signOutAction } from "@/app/[locale]/tracker/actions";
import { Button, LinkButton } from "@/components/ui/button";
import { maskEmail } from "@/lib/auth/mask-email";
import type { Metadata } from "next";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tracker/sign-out">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "tracker" });
  return { title: t("signOut"), robots: { index: false } };
}

/** Sign-out asks once, naming the account, so a stray tap in the nav signs nobody out. */
export default async function SignOutPage({ params }: PageProps<"/[locale]/tracker/sign-out">) {
  const { locale, user } = await loadTrackerPage(params);
  const t = await getTranslations({ locale, namespace: "tracker" });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">
        {t("signOutQuestion", { email: maskEmail(user.email) })}
      </h1>
      <p className="mb-6">{t("signOutExplain")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <form action={signOutAction}>
          <input type="hidden" name="locale" value={locale} />
          <Button>{t("signOut")}</Button>
        </form>
        <LinkButton href={`/${locale}/tracker`} variant="secondary">
          {t("stayIn")}
        </LinkButton>
      </div>
    </>
  );
}
