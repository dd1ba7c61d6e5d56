import { handlers } from "@/lib/auth";
import { withRequestClient } from "@/lib/auth/request-client";
import { withSignUpLocale } from "@/lib/auth/sign-up-locale";
import type { NextRequest } from "next/server";

// Auth.js's own routes. Opening a magic link creates the account on first sign-in; it starts in
// the language of the page the link was asked for from (its callbackUrl). The client's address
// goes along for the sign-in rate limit (lib/auth/index.ts, callbacks.signIn).
export const GET = (request: NextRequest) =>
  withRequestClient(request, () => withSignUpLocale(request, () => handlers.GET(request)));
export const POST = (request: NextRequest) =>
  withRequestClient(request, () => withSignUpLocale(request, () => handlers.POST(request)));
