import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** Ships only the catalog parts the tracker's client forms use, not the whole site's strings. */
export async function TrackerClientMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider
      messages={{
        caseForm: messages.caseForm,
        errors: messages.errors,
        tracker: messages.tracker,
        letters: messages.letters,
      }}
    >
      {children}
    </NextIntlClientProvider>
  );
}
