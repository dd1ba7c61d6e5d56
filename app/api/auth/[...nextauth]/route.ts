import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { refuseOverSignInLimit } from "@/lib/auth/sign-in-gate";
import { withSignUpLocale } from "@/lib/auth/sign-up-locale";

// Auth.js's own routes. Opening a magic link creates the account on first sign-in; it starts in
// the language of the page the link was asked for from (its callbackUrl).
export const GET = (request: NextRequest) => withSignUpLocale(request, () => handlers.GET(request));
export const POST = async (request: NextRequest) => (await refuseOverSignInLimit(request)) ?? withSignUpLocale(request, () => handlers.POST(request));
